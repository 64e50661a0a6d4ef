// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The city's search synonyms as an admin types them, one rule per line in the Solr format search uses:
 * „tempo, taschentücher“ (the words find each other) or „tempo => taschentücher“ (the first finds the
 * second). Read strictly here, because the index reads them leniently and would drop a broken rule
 * without a word.
 */
public final class CitySynonyms {

    static final int MAX_RULES = 1000;
    static final int MAX_LINE = 300;
    private static final Pattern TERMS = Pattern.compile("[^,=>#]+(,[^,=>#]+)*");

    /** A line that is not a rule: its number (from 1) and why. */
    public record Problem(int line, Reason reason) {
    }

    /** Why a line is not a rule. */
    public enum Reason { NOT_A_RULE, TOO_LONG, TOO_MANY }

    /** The rules read, lower case and with single spaces, and the lines that are not rules. */
    public record Reading(List<String> rules, List<Problem> problems) {
    }

    private CitySynonyms() {
    }

    public static Reading read(String text) {
        List<String> rules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip().toLowerCase(Locale.GERMAN).replaceAll("\\s+", " ");
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.length() > MAX_LINE) {
                problems.add(new Problem(i + 1, Reason.TOO_LONG));
            } else if (!isRule(line)) {
                problems.add(new Problem(i + 1, Reason.NOT_A_RULE));
            } else if (rules.size() == MAX_RULES) {
                problems.add(new Problem(i + 1, Reason.TOO_MANY));
            } else {
                rules.add(line.replaceAll(" ?, ?", ", ").replaceAll(" ?=> ?", " => "));
            }
        }
        return new Reading(List.copyOf(rules), List.copyOf(problems));
    }

    private static boolean isRule(String line) {
        String[] sides = line.split("=>", -1);
        if (sides.length > 2) {
            return false;
        }
        for (String side : sides) {
            String terms = side.strip();
            if (!TERMS.matcher(terms).matches() || terms.contains(", ,") || terms.endsWith(",")) {
                return false;
            }
            for (String term : terms.split(",")) {
                if (term.isBlank()) {
                    return false;
                }
            }
        }
        return sides.length == 2 || line.contains(",");
    }
}
