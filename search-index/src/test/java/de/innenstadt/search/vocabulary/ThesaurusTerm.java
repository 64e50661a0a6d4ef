// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One member of an OpenThesaurus synonym set, its annotations taken apart.
 *
 * <p>The text format writes annotations in trailing parentheses ({@code Tempo (ugs., Markenname)}); parentheses
 * elsewhere mark optional words of phrases ({@code (sich) schleppen}) or a glued optional ending
 * ({@code Schuh(e)}). The ending is resolved into both words; any other parenthesis makes the term
 * {@link #phrase() a phrase}, which a search box never sees as such.
 *
 * @param text        the words without annotations
 * @param annotations the comma-separated labels of all trailing parentheses ({@code ugs.}, {@code Markenname})
 * @param phrase      whether the text still has optional parts and so cannot be a synonym
 */
record ThesaurusTerm(String text, Set<String> annotations, boolean phrase) {

    private static final Pattern TRAILING_GROUP = Pattern.compile("^(.*\\S)\\s+\\(([^()]*)\\)$");
    private static final Pattern GLUED_ENDING = Pattern.compile("^([\\p{L}-]+)\\((\\p{L}+)\\)$");

    /** Splits one line of the text format ({@code a;b (ugs.);c}) into its terms. */
    static List<ThesaurusTerm> parseLine(String line) {
        List<ThesaurusTerm> terms = new ArrayList<>();
        for (String member : line.split(";")) {
            if (!member.isBlank()) {
                terms.addAll(parse(member.trim()));
            }
        }
        return terms;
    }

    /** One member; two terms when it has a glued optional ending. */
    static List<ThesaurusTerm> parse(String member) {
        String text = member;
        List<String> groups = new ArrayList<>();
        Matcher trailing = TRAILING_GROUP.matcher(text);
        while (trailing.matches()) {
            groups.add(0, trailing.group(2));
            text = trailing.group(1);
            trailing = TRAILING_GROUP.matcher(text);
        }
        Set<String> annotations = new LinkedHashSet<>();
        for (String group : groups) {
            for (String label : group.split(",")) {
                if (!label.isBlank()) {
                    annotations.add(label.trim());
                }
            }
        }
        Set<String> labels = Set.copyOf(annotations);
        Matcher glued = GLUED_ENDING.matcher(text);
        if (glued.matches()) {
            return List.of(new ThesaurusTerm(glued.group(1), labels, false),
                    new ThesaurusTerm(glued.group(1) + glued.group(2), labels, false));
        }
        boolean phrase = text.indexOf('(') >= 0 || text.indexOf(')') >= 0;
        return List.of(new ThesaurusTerm(text, labels, phrase));
    }

    /** Number of words, counted at spaces as the standard tokenizer roughly would. */
    int wordCount() {
        return text.trim().split("\\s+").length;
    }
}
