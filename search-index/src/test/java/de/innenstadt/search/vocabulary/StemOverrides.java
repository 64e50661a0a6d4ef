// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds {@code stemmer_override} rules so that every inflected form of a noun ends at one stem, and different
 * nouns at different stems, where the light German stemmer alone gets it wrong.
 *
 * <p>The stemmer cuts endings without knowing words: {@code Bücher} and {@code Buche} both become {@code buch},
 * {@code Museen} becomes {@code mus}. The lexicon knows which forms belong to which lemma, so for each wanted lemma
 * and for every lemma whose forms the stemmer would throw together with it, this class decides one stem per lemma:
 * <ul>
 * <li>the stemmer's own stem of the lemma, when no other lemma of the lexicon shares it, so forms missing from the
 * lexicon (and compounds) still meet the lemma;</li>
 * <li>when several lemmas share that stem, the lemma that is spelled like the stem keeps it ({@code buch}) and the
 * others get their normalised lemma ({@code buche}); spelling variants ({@code Socke}, {@code Socken}) are one
 * lemma, not rivals;</li>
 * <li>a form claimed by two lemmas goes to the one that has it in the nominative ({@code buche} is the lemma Buche,
 * though also an old dative of Buch), else to the wanted one ({@code Gläser}, folded like the craftsman
 * {@code Glaser}, stays with {@code Glas}), else to the one it spells; if still undecided it is left to the stemmer
 * and counted;</li>
 * <li>a form that is also an adjective ({@code schwere}, {@code deutsche}) is left to the stemmer: the override
 * would change "schwere Pfanne" and "deutsche Weine" as well. Verb forms are overridden ({@code buchen}): shoppers
 * search for things.</li>
 * </ul>
 * Only forms the stemmer would send elsewhere are written, one line per lemma: {@code buche, buchen => buche}.
 */
final class StemOverrides {

    /**
     * One line of the rule file: these normalised forms end at this stem.
     *
     * @param wanted whether the lemma was asked for, or is only a rival kept apart from one
     */
    record StemRule(String lemma, List<String> forms, String stem, boolean wanted) {
        String toRule() {
            return String.join(", ", forms) + " => " + stem;
        }
    }

    record Report(int wantedLemmas, int rivalLemmas, int ambiguousForms, List<StemRule> rules) {
    }

    private final NounLexicon lexicon;
    private final GermanChain chain;
    private final Map<String, String> normalized = new HashMap<>();

    StemOverrides(NounLexicon lexicon, GermanChain chain) {
        this.lexicon = lexicon;
        this.chain = chain;
    }

    /** The rules for the nouns among {@code words} (lemmas or plurals; words the lexicon lacks are skipped). */
    Report build(Collection<String> words) {
        Set<String> wanted = new TreeSet<>();
        for (String word : words) {
            wanted.addAll(lexicon.isLemma(word) ? Set.of(NounLexicon.lower(word)) : lexicon.lemmasOf(word));
        }
        Map<String, Set<String>> lemmasByStem = rivals(wanted);
        Set<String> candidates = new TreeSet<>(wanted);
        lemmasByStem.values().forEach(candidates::addAll);
        candidates.addAll(lemmasSpelledLikeForms(candidates));

        LemmaClusters clusters = new LemmaClusters(candidates, wanted, lexicon, this::normalize, chain::stem);
        Map<String, String> targets = targets(clusters);
        Map<String, String> formOwners = new HashMap<>();
        Map<String, Set<String>> spellings = new HashMap<>();
        int ambiguous = assignForms(clusters, formOwners, spellings);

        Map<String, Set<String>> overridden = new TreeMap<>();
        formOwners.forEach((form, cluster) -> {
            String target = targets.get(cluster);
            boolean sharedWithAdjective = spellings.get(form).stream().anyMatch(lexicon::isAdjectiveForm);
            if (!chain.stem(form).equals(target) && !sharedWithAdjective) {
                overridden.computeIfAbsent(cluster, k -> new TreeSet<>()).add(form);
            }
        });
        List<StemRule> rules = new ArrayList<>();
        overridden.forEach((cluster, forms) ->
                rules.add(new StemRule(cluster, List.copyOf(forms), targets.get(cluster), clusters.isWanted(cluster))));
        rules.sort(Comparator.comparing(StemRule::stem).thenComparing(StemRule::lemma));
        return new Report(wanted.size(), candidates.size() - wanted.size(), ambiguous, rules);
    }

    /** Lemma and form through the index chain up to the stemmer. */
    String normalize(String word) {
        return normalized.computeIfAbsent(word, chain::normalize);
    }

    /** For the stems of the wanted lemmas: every lemma of the lexicon that has a form landing on that stem. */
    private Map<String, Set<String>> rivals(Set<String> wanted) {
        Map<String, Set<String>> byStem = new HashMap<>();
        for (String lemma : wanted) {
            byStem.put(chain.stem(normalize(lemma)), new TreeSet<>());
        }
        Map<String, String> stemOfForm = new HashMap<>();
        for (NounEntry entry : lexicon.entries()) {
            String stem = stemOfForm.computeIfAbsent(entry.form(), form -> chain.stem(chain.normalize(form)));
            Set<String> lemmas = byStem.get(stem);
            if (lemmas != null) {
                lemmas.add(NounLexicon.lower(entry.lemma()));
            }
        }
        return byStem;
    }

    /**
     * Nouns spelled like a form of a candidate: {@code Eis} (ice cream) is also the genitive of {@code Ei}, and must
     * claim that spelling for itself rather than see it sent to the egg.
     */
    private Set<String> lemmasSpelledLikeForms(Set<String> candidates) {
        Set<String> spelled = new TreeSet<>();
        for (String lemma : candidates) {
            for (NounEntry entry : lexicon.entriesOf(lemma)) {
                String form = NounLexicon.lower(entry.form());
                if (!candidates.contains(form) && lexicon.isLemma(form)) {
                    spelled.add(form);
                }
            }
        }
        return spelled;
    }

    /** One stem per cluster: the stemmer's, unless another cluster has the same stem and is spelled like it. */
    private Map<String, String> targets(LemmaClusters clusters) {
        Map<String, List<String>> byStem = new HashMap<>();
        for (String cluster : clusters.names()) {
            byStem.computeIfAbsent(chain.stem(normalize(cluster)), k -> new ArrayList<>()).add(cluster);
        }
        Map<String, String> targets = new HashMap<>();
        byStem.forEach((stem, rivals) -> {
            for (String cluster : rivals) {
                String key = normalize(cluster);
                targets.put(cluster, rivals.size() == 1 || key.equals(stem) ? stem : key);
            }
        });
        return targets;
    }

    /**
     * Gives each normalised form to one cluster; returns how many forms stayed undecided.
     *
     * @param spellings filled with the spellings each normalised form stands for
     */
    private int assignForms(LemmaClusters clusters, Map<String, String> owners, Map<String, Set<String>> spellings) {
        Map<String, Set<String>> claims = new HashMap<>();
        Map<String, Set<String>> nominativeClaims = new HashMap<>();
        for (String cluster : clusters.names()) {
            for (String lemma : clusters.members(cluster)) {
                for (NounEntry entry : lexicon.entriesOf(lemma)) {
                    String form = normalize(entry.form());
                    claims.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(cluster);
                    spellings.computeIfAbsent(form, k -> new TreeSet<>()).add(entry.form());
                    if (entry.nominative()) {
                        nominativeClaims.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(cluster);
                    }
                }
            }
        }
        int ambiguous = 0;
        for (Map.Entry<String, Set<String>> claim : claims.entrySet()) {
            String owner = owner(claim.getKey(), claim.getValue(), nominativeClaims.getOrDefault(claim.getKey(), Set.of()),
                    clusters);
            if (owner == null) {
                ambiguous++;
            } else {
                owners.put(claim.getKey(), owner);
            }
        }
        return ambiguous;
    }

    /**
     * The cluster a form belongs to: the only one that claims it in the nominative, a shopper's case ({@code buche} is
     * Buche, not the old dative of Buch); among equals, the only wanted one ({@code Gläser} folds to the spelling of
     * the rival Glaser, but is Glas); then the one it spells ({@code kuchen}: Kuchen, not the folded Küchen).
     */
    private String owner(String form, Set<String> claimants, Set<String> nominative, LemmaClusters clusters) {
        if (claimants.size() == 1) {
            return claimants.iterator().next();
        }
        if (nominative.size() == 1) {
            return nominative.iterator().next();
        }
        Set<String> equals = nominative.isEmpty() ? claimants : nominative;
        List<String> wanted = equals.stream().filter(clusters::isWanted).toList();
        if (wanted.size() == 1) {
            return wanted.get(0);
        }
        List<String> spelled = (wanted.isEmpty() ? List.copyOf(equals) : wanted).stream()
                .filter(cluster -> normalize(cluster).equals(form)).toList();
        return spelled.size() == 1 ? spelled.get(0) : null;
    }
}
