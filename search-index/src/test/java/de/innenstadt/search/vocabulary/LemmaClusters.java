// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Lemmas that are one word for a shopper, merged: spelling variants that normalise alike ({@code Crème},
 * {@code Creme}) and lemmas spelled like a nominative form of another ({@code Socken} is a noun of its own and the
 * plural of {@code Socke}). Each cluster is named after its shortest wanted member, or its shortest member.
 *
 * <p>Only nominative forms merge, and only lemmas the stemmer already throws together: {@code Buche} is also an old
 * dative of {@code Buch}, and {@code Reis} the plural of the currency {@code Real}; both pairs stay apart.
 */
final class LemmaClusters {

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Set<String>> members = new TreeMap<>();
    private final Set<String> wanted;

    /**
     * @param normalize what the index chain makes of a lemma before stemming
     * @param stem      the stemmer's stem of a normalised lemma: only lemmas with the same stem can be variants
     */
    LemmaClusters(Collection<String> lemmas, Set<String> wanted, NounLexicon lexicon, UnaryOperator<String> normalize,
            UnaryOperator<String> stem) {
        this.wanted = wanted;
        lemmas.forEach(lemma -> parent.put(lemma, lemma));
        Map<String, String> byNormalized = new HashMap<>();
        for (String lemma : lemmas) {
            String normalized = normalize.apply(lemma);
            String earlier = byNormalized.putIfAbsent(normalized, lemma);
            if (earlier != null) {
                union(earlier, lemma);
            }
            for (String form : lexicon.nominativeForms(lemma)) {
                if (!form.equals(lemma) && parent.containsKey(form)
                        && stem.apply(normalize.apply(form)).equals(stem.apply(normalized))) {
                    union(lemma, form);
                }
            }
        }
        Map<String, Set<String>> byRoot = new HashMap<>();
        for (String lemma : lemmas) {
            byRoot.computeIfAbsent(find(lemma), k -> new TreeSet<>()).add(lemma);
        }
        for (Set<String> cluster : byRoot.values()) {
            members.put(name(cluster), cluster);
        }
    }

    Set<String> names() {
        return members.keySet();
    }

    Set<String> members(String cluster) {
        return members.get(cluster);
    }

    boolean isWanted(String cluster) {
        return members.get(cluster).stream().anyMatch(wanted::contains);
    }

    private String name(Set<String> cluster) {
        Comparator<String> shortestFirst = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
        List<String> preferred = cluster.stream().filter(wanted::contains).sorted(shortestFirst).toList();
        return preferred.isEmpty() ? cluster.stream().sorted(shortestFirst).findFirst().orElseThrow() : preferred.get(0);
    }

    private String find(String lemma) {
        String root = lemma;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(lemma, root);
        return root;
    }

    private void union(String a, String b) {
        parent.put(find(a), find(b));
    }
}
