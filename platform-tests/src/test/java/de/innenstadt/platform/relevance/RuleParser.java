// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import de.innenstadt.platform.relevance.GradingRule.All;
import de.innenstadt.platform.relevance.GradingRule.Any;
import de.innenstadt.platform.relevance.GradingRule.Clause;
import de.innenstadt.platform.relevance.GradingRule.Condition;
import de.innenstadt.platform.relevance.GradingRule.Equals;
import de.innenstadt.platform.relevance.GradingRule.Matches;
import de.innenstadt.platform.relevance.GradingRule.Not;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the rule language by recursive descent. Grammar (whitespace allowed between tokens):
 * <pre>
 * rule      = "-" | clause { ";" clause } [ ";" ]
 * clause    = ( "1" | "2" ) ":" or
 * or        = and { "|" and }
 * and       = unary { "&amp;" unary }
 * unary     = "!" unary | "(" or ")" | test
 * test      = field ( "~" | "!~" ) "/" regex "/" | field ( "=" | "!=" ) value
 * field     = "title" | "brand" | "category" | "type" | "gtin"
 * value     = a word without spaces and ;&amp;|() | a "double-quoted" text
 * </pre>
 * Inside a regex, {@code \/} stands for a slash. Mistakes are reported with the column, because a
 * judgment set of hundreds of rules is edited by hand.
 */
final class RuleParser {

    private static final int REGEX_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
            | Pattern.UNICODE_CHARACTER_CLASS;

    private final String source;
    private int position;

    private RuleParser(String source) {
        this.source = source;
    }

    static GradingRule parse(String source) {
        if (source == null || source.isBlank()) {
            throw new RuleSyntaxException("a rule must not be empty (write - for a query nothing should answer)",
                    source == null ? "" : source, 0);
        }
        return new RuleParser(source).rule();
    }

    private GradingRule rule() {
        skipSpaces();
        if (peek() == '-') {
            position++;
            skipSpaces();
            expectEnd();
            return new GradingRule(source, List.of());
        }
        List<Clause> clauses = new ArrayList<>();
        clauses.add(clause());
        skipSpaces();
        while (peek() == ';') {
            position++;
            skipSpaces();
            if (atEnd()) {
                break;
            }
            clauses.add(clause());
            skipSpaces();
        }
        expectEnd();
        return new GradingRule(source, clauses);
    }

    private Clause clause() {
        skipSpaces();
        char grade = peek();
        if (grade != '1' && grade != '2') {
            throw error("expected a grade, 1 or 2");
        }
        position++;
        skipSpaces();
        expect(':');
        return new Clause(grade - '0', or());
    }

    private Condition or() {
        List<Condition> parts = new ArrayList<>();
        parts.add(and());
        skipSpaces();
        while (peek() == '|') {
            position++;
            parts.add(and());
            skipSpaces();
        }
        return parts.size() == 1 ? parts.get(0) : new Any(parts);
    }

    private Condition and() {
        List<Condition> parts = new ArrayList<>();
        parts.add(unary());
        skipSpaces();
        while (peek() == '&') {
            position++;
            parts.add(unary());
            skipSpaces();
        }
        return parts.size() == 1 ? parts.get(0) : new All(parts);
    }

    private Condition unary() {
        skipSpaces();
        if (peek() == '!') {
            position++;
            return new Not(unary());
        }
        if (peek() == '(') {
            position++;
            Condition inner = or();
            skipSpaces();
            expect(')');
            return inner;
        }
        return test();
    }

    private Condition test() {
        int start = position;
        while (Character.isLetter(peek())) {
            position++;
        }
        String field = source.substring(start, position);
        if (field.isEmpty()) {
            throw error("expected a field (" + String.join(", ", GradingRule.FIELDS.stream().sorted().toList()) + ")");
        }
        if (!GradingRule.FIELDS.contains(field)) {
            position = start;
            throw error("unknown field '" + field + "' (known: "
                    + String.join(", ", GradingRule.FIELDS.stream().sorted().toList()) + ")");
        }
        skipSpaces();
        boolean negated = peek() == '!';
        if (negated) {
            position++;
        }
        char operator = peek();
        Condition test;
        if (operator == '~') {
            position++;
            skipSpaces();
            test = new Matches(field, regex());
        } else if (operator == '=') {
            position++;
            skipSpaces();
            test = new Equals(field, value());
        } else {
            throw error("expected ~ (regex) or = (equals) after '" + field + "'");
        }
        return negated ? new Not(test) : test;
    }

    private Pattern regex() {
        int opening = position;
        expect('/');
        StringBuilder regex = new StringBuilder();
        while (!atEnd() && peek() != '/') {
            char c = source.charAt(position++);
            if (c == '\\' && !atEnd()) {
                char next = source.charAt(position++);
                if (next != '/') {
                    regex.append('\\');
                }
                regex.append(next);
            } else {
                regex.append(c);
            }
        }
        if (atEnd()) {
            position = opening;
            throw error("regex is not closed with /");
        }
        position++;
        try {
            return Pattern.compile(regex.toString(), REGEX_FLAGS);
        } catch (PatternSyntaxException e) {
            position = opening;
            throw error("bad regex: " + e.getDescription());
        }
    }

    private String value() {
        if (peek() == '"') {
            int opening = position++;
            int closing = source.indexOf('"', position);
            if (closing < 0) {
                position = opening;
                throw error("quoted value is not closed with \"");
            }
            position = closing + 1;
            return source.substring(opening + 1, closing);
        }
        int start = position;
        while (!atEnd() && !Character.isWhitespace(peek()) && ";&|()".indexOf(peek()) < 0) {
            position++;
        }
        if (start == position) {
            throw error("expected a value");
        }
        return source.substring(start, position);
    }

    private void expect(char expected) {
        if (peek() != expected) {
            throw error("expected '" + expected + "'");
        }
        position++;
    }

    private void expectEnd() {
        if (!atEnd()) {
            throw error("unexpected '" + peek() + "'");
        }
    }

    private void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(source.charAt(position))) {
            position++;
        }
    }

    private boolean atEnd() {
        return position >= source.length();
    }

    private char peek() {
        return atEnd() ? '\0' : source.charAt(position);
    }

    private RuleSyntaxException error(String message) {
        return new RuleSyntaxException(message, source, position);
    }
}
