// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses the small rule languages of the {@code mapping} char filter and the {@code type_table} of the word
 * delimiter filters.
 *
 * <p>The syntax ({@code "left => right"}, Java-like escapes such as {@code \\u00e4}) follows Elastic's
 * documentation so that rule files written for a production server mean the same thing here. Kept free of
 * Elasticsearch types so it can be unit-tested without a node.
 */
final class AnalysisStrings {

    private static final String ARROW = "=>";

    /** The type constants only exist on the deprecated filter; the graph filter uses the same values. */
    @SuppressWarnings("deprecation")
    private static final Map<String, Byte> TYPE_NAMES = Map.of(
        "LOWER", (byte) WordDelimiterFilter.LOWER,
        "UPPER", (byte) WordDelimiterFilter.UPPER,
        "ALPHA", (byte) WordDelimiterFilter.ALPHA,
        "DIGIT", (byte) WordDelimiterFilter.DIGIT,
        "ALPHANUM", (byte) WordDelimiterFilter.ALPHANUM,
        "SUBWORD_DELIM", (byte) WordDelimiterFilter.SUBWORD_DELIM);

    private AnalysisStrings() {
    }

    /** One parsed {@code left => right} rule. */
    record Rule(String left, String right) {
    }

    /**
     * Splits a rule at its last {@code =>}, trims and unescapes both sides.
     *
     * @throws IllegalArgumentException if there is no arrow or the left side is empty, because such a rule
     *                                  would silently do nothing
     */
    static Rule parseRule(String rule) {
        int arrow = rule.lastIndexOf(ARROW);
        if (arrow < 0) {
            throw new IllegalArgumentException("Invalid mapping rule: [" + rule + "]");
        }
        String left = unescape(rule.substring(0, arrow).trim());
        String right = unescape(rule.substring(arrow + ARROW.length()).trim());
        if (left.isEmpty()) {
            throw new IllegalArgumentException("Invalid mapping rule: [" + rule + "]. Illegal mapping.");
        }
        return new Rule(left, right);
    }

    /** Builds the char map of a {@code mapping} char filter from its rules. */
    static NormalizeCharMap mappingCharMap(List<String> rules) {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String rule : rules) {
            Rule parsed = parseRule(rule);
            builder.add(parsed.left(), parsed.right());
        }
        return builder.build();
    }

    /**
     * Builds a word delimiter character type table: Lucene's default table, widened as needed and overridden by
     * rules like {@code "# => ALPHA"}.
     */
    static byte[] typeTable(List<String> rules) {
        Map<Character, Byte> overrides = new TreeMap<>();
        for (String rule : rules) {
            Rule parsed = parseRule(rule);
            if (parsed.left().length() != 1) {
                throw new IllegalArgumentException("Invalid type table rule, left side must be one character: [" + rule + "]");
            }
            Byte type = TYPE_NAMES.get(parsed.right().toUpperCase(Locale.ROOT));
            if (type == null) {
                throw new IllegalArgumentException("Invalid type table rule, unknown type [" + parsed.right() + "] in [" + rule + "]");
            }
            overrides.put(parsed.left().charAt(0), type);
        }
        byte[] defaults = WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE;
        int size = defaults.length;
        for (char c : overrides.keySet()) {
            size = Math.max(size, c + 1);
        }
        byte[] table = Arrays.copyOf(defaults, size);
        for (int i = defaults.length; i < size; i++) {
            table[i] = WordDelimiterIterator.getType(i);
        }
        overrides.forEach((c, type) -> table[c] = type);
        return table;
    }

    /**
     * Resolves the escapes {@code \\}, {@code \n}, {@code \t}, {@code \r}, {@code \b}, {@code \f}, {@code \"},
     * {@code \'} and {@code \\uXXXX}; any other backslash keeps the following character literally.
     */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i == s.length() - 1) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 >= s.length()) {
                        throw new IllegalArgumentException("Invalid unicode escape in [" + s + "]");
                    }
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
