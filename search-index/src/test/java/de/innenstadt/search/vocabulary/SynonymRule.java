// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One line of a Solr synonym file.
 *
 * @param words     the words a query may contain
 * @param expansion empty when the words are equivalent ({@code a, b, c}); otherwise what they expand to, one way
 *                  ({@code a => a, b})
 */
record SynonymRule(List<String> words, List<String> expansion) {

    SynonymRule {
        words = List.copyOf(words);
        expansion = List.copyOf(expansion);
    }

    static SynonymRule equivalent(List<String> words) {
        return new SynonymRule(words, List.of());
    }

    static SynonymRule oneWay(List<String> words, List<String> expansion) {
        return new SynonymRule(words, expansion);
    }

    /** Every word on either side. */
    List<String> allWords() {
        return expansion.isEmpty() ? words : Stream.concat(words.stream(), expansion.stream()).toList();
    }

    String toSolr() {
        String left = String.join(", ", words);
        return expansion.isEmpty() ? left : left + " => " + String.join(", ", expansion);
    }

    /** Reads a line written by {@link #toSolr()} (or by hand in the same syntax); blank and comment lines are null. */
    static SynonymRule parse(String line) {
        String content = line.contains("#") ? line.substring(0, line.indexOf('#')).trim() : line.trim();
        if (content.isEmpty()) {
            return null;
        }
        int arrow = content.indexOf("=>");
        if (arrow < 0) {
            return equivalent(split(content));
        }
        return oneWay(split(content.substring(0, arrow)), split(content.substring(arrow + 2)));
    }

    private static List<String> split(String side) {
        return Arrays.stream(side.split(",")).map(String::trim).filter(word -> !word.isEmpty()).toList();
    }
}
