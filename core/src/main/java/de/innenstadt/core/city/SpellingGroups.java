// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Groups the ways people spell one search („Fahrrad“, „fahrräder“, „Fahrraeder“) so the demand gap
 * counts a wish once, not per spelling. The key folds case, umlauts (written or as ae/oe/ue), ß,
 * punctuation and one common German or English plural ending per word; it is a grouping for a
 * report, not the search's own analysis, which stays in search-index.
 */
public final class SpellingGroups {

    /** One wish: its most frequent spelling, every spelling with its count, and the total. */
    public record Group(String label, Map<String, Long> spellings, long total) {
    }

    private SpellingGroups() {
    }

    /** The groups of the counted queries, the biggest first, then by label. */
    public static List<Group> of(Map<String, Long> counts) {
        Map<String, Map<String, Long>> byKey = new LinkedHashMap<>();
        counts.forEach((query, count) -> byKey.computeIfAbsent(key(query), k -> new LinkedHashMap<>()).merge(query, count, Long::sum));
        List<Group> groups = new ArrayList<>();
        byKey.values().forEach(spellings -> {
            Map<String, Long> sorted = spellings.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
            groups.add(new Group(sorted.keySet().iterator().next(), sorted, sorted.values().stream().mapToLong(Long::longValue).sum()));
        });
        groups.sort(Comparator.comparingLong(Group::total).reversed().thenComparing(Group::label));
        return groups;
    }

    /** The folded form two spellings of one wish share. */
    static String key(String query) {
        String text = query.toLowerCase(Locale.GERMAN).replace("ß", "ss").replace("ae", "a").replace("oe", "o").replace("ue", "u");
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        List<String> words = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(withoutPlural(word));
            }
        }
        return String.join(" ", words);
    }

    /** One plural ending off, when at least four letters stay: schuhe → schuh, fahrrader → fahrrad, notebooks → notebook. */
    private static String withoutPlural(String word) {
        for (String ending : List.of("en", "er", "e", "n", "s")) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
