// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A query's written grading rule: clauses {@code grade: condition} separated by semicolons, e.g.
 * {@code 2: type~/schuhe?$/ ; 1: category=schuhe}. A hit gets the highest grade whose condition it
 * meets, 0 when it meets none; {@code -} is the rule of a query nothing should answer.
 *
 * <p>Rules name fields, never product ids, so they still judge correctly when the catalogue changes;
 * the whole grammar is in docs/relevance.md and {@link RuleParser} reads it.
 */
public record GradingRule(String source, List<Clause> clauses) {

    /** Fields a condition may test, as {@link Hit#field(String)} provides them. */
    public static final Set<String> FIELDS = Set.of("title", "brand", "category", "type", "gtin");

    public GradingRule {
        clauses = List.copyOf(clauses);
    }

    public static GradingRule parse(String source) {
        return RuleParser.parse(source);
    }

    /** The grade of a hit: 0, 1 or 2. */
    public int grade(Hit hit) {
        int grade = 0;
        for (Clause clause : clauses) {
            if (clause.grade() > grade && clause.condition().holds(hit)) {
                grade = clause.grade();
            }
        }
        return grade;
    }

    /** The highest grade any clause can give: 2 for queries the city should answer, 0 for "-". */
    public int highestGrade() {
        return clauses.stream().mapToInt(Clause::grade).max().orElse(0);
    }

    /** One {@code grade: condition} part. */
    public record Clause(int grade, Condition condition) {
    }

    /** A test of a hit. */
    public sealed interface Condition {

        boolean holds(Hit hit);
    }

    /** {@code field~/regex/}: the regex is found somewhere in the field (lower case, Unicode-aware). */
    public record Matches(String field, Pattern pattern) implements Condition {

        @Override
        public boolean holds(Hit hit) {
            return pattern.matcher(hit.field(field)).find();
        }
    }

    /** {@code field=value}: the whole field equals the value, ignoring case. */
    public record Equals(String field, String value) implements Condition {

        public Equals {
            value = value.toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean holds(Hit hit) {
            return hit.field(field).equals(value);
        }
    }

    /** {@code a & b}. */
    public record All(List<Condition> parts) implements Condition {

        @Override
        public boolean holds(Hit hit) {
            return parts.stream().allMatch(part -> part.holds(hit));
        }
    }

    /** {@code a | b}. */
    public record Any(List<Condition> parts) implements Condition {

        @Override
        public boolean holds(Hit hit) {
            return parts.stream().anyMatch(part -> part.holds(hit));
        }
    }

    /** {@code !a}. */
    public record Not(Condition negated) implements Condition {

        @Override
        public boolean holds(Hit hit) {
            return !negated.holds(hit);
        }
    }
}
