// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns OpenThesaurus synonym sets into search rules that only carry meanings the shops can answer.
 *
 * <p>The rules, in order:
 * <ol>
 * <li>Members are dropped when their register is not a shopper's ({@link RegisterPolicy}), when they are phrases
 * of more than {@value #MAX_WORDS} words or with optional parts, when they hold characters a synonym file cannot
 * carry, when they are excluded by name, or excluded beside a companion member ({@code hut @ mütze}).</li>
 * <li>A colloquial member ({@code ugs.}) whose plain meaning is another retail set is dropped: {@code Gurke} is
 * colloquial for a mobile phone, but the shops sell it as a vegetable.</li>
 * <li>The set is kept only when a remaining member in its plain sense (no register label) is a retail anchor, or a
 * plural of one; this is what keeps {@code Tempo} with {@code Taschentuch} and away from {@code Geschwindigkeit},
 * and the nonsense sense of {@code Käse (ugs.)} away from cheese.</li>
 * <li>A kept set containing a member listed under {@code set:} in the exclusions is the wrong sense of an anchor and
 * is dropped whole ({@code Rock;Rockmusik}).</li>
 * <li>Each single-word member brings its nominative singular and plural, because the synonym filter compares the
 * query's words before stemming: {@code hausschuhe} must find the rule as well as {@code hausschuh}.</li>
 * <li>Broad words ({@code [oberbegriffe]}) are only reached one way: {@code schuh => schuh, latschen}, so a query
 * for {@code latschen} does not bring every shoe. The specific members remain equivalent among themselves.</li>
 * </ol>
 */
final class RetailSynonyms {

    static final int MAX_WORDS = 3;

    private static final Pattern WRITABLE = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}' -]*[\\p{L}\\p{N}])?");
    private static final String COLLOQUIAL = "ugs.";
    /** Labels that name a form or an origin, not a shift of meaning or register. */
    private static final Set<String> PLAIN_LABELS = Set.of("Hauptform", "Plural", "Markenname", "Handelsname", "Kurzform",
            "Abkürzung", "engl.", "franz.", "ital.");

    /** What became of one set, for the generator's report. */
    enum Verdict { KEPT, NO_ANCHOR, WRONG_SENSE, TOO_FEW_MEMBERS }

    record Result(Verdict verdict, List<SynonymRule> rules) {
    }

    private final RetailWords words;
    private final NounLexicon lexicon;
    private final Set<String> plainRetailTerms;

    /**
     * @param allSets every set of the thesaurus: needed to know which words have a plain retail meaning elsewhere
     */
    RetailSynonyms(RetailWords words, NounLexicon lexicon, Collection<List<ThesaurusTerm>> allSets) {
        this.words = words;
        this.lexicon = lexicon;
        this.plainRetailTerms = plainRetailTerms(allSets);
    }

    /** The rules for one set; none unless it is kept. */
    Result rulesFor(List<ThesaurusTerm> set) {
        Set<String> members = new HashSet<>();
        set.forEach(term -> members.add(NounLexicon.lower(term.text())));
        List<ThesaurusTerm> usable = set.stream()
                .filter(this::usable)
                .filter(term -> !excludedBeside(term.text(), members))
                .filter(term -> !colloquialForAnotherProduct(term))
                .toList();
        if (usable.stream().noneMatch(term -> isPlain(term) && isAnchor(term, words.anchors()))) {
            return new Result(Verdict.NO_ANCHOR, List.of());
        }
        if (members.stream().anyMatch(words.wrongSenses()::contains)) {
            return new Result(Verdict.WRONG_SENSE, List.of());
        }
        Set<String> specific = new LinkedHashSet<>();
        Set<String> broad = new LinkedHashSet<>();
        int specificTerms = 0;
        int broadTerms = 0;
        for (ThesaurusTerm term : usable) {
            Set<String> forms = forms(term);
            forms.removeIf(form -> excludedBeside(form, members));
            if (isAnchor(term, words.generic())) {
                broadTerms += broad.addAll(forms) ? 1 : 0;
            } else {
                specificTerms += specific.addAll(forms) ? 1 : 0;
            }
        }
        specific.removeAll(broad);
        if (specificTerms + broadTerms < 2) {
            return new Result(Verdict.TOO_FEW_MEMBERS, List.of());
        }
        List<SynonymRule> rules = new ArrayList<>();
        if (broadTerms == 0 || specificTerms >= 2) {
            rules.add(SynonymRule.equivalent(List.copyOf(specific)));
        }
        if (broadTerms > 0) {
            List<String> expansion = new ArrayList<>(broad);
            expansion.addAll(specific);
            rules.add(specificTerms == 0 ? SynonymRule.equivalent(List.copyOf(broad))
                    : SynonymRule.oneWay(List.copyOf(broad), expansion));
        }
        return new Result(Verdict.KEPT, rules);
    }

    /** The lower-case words a member stands for: itself and, for a noun, its nominative singular and plural. */
    Set<String> forms(ThesaurusTerm term) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(NounLexicon.lower(term.text()));
        if (isSingleNoun(term)) {
            forms.addAll(lexicon.nominativeFormsOf(term.text()));
        }
        forms.removeIf(form -> words.excluded().contains(form) || !WRITABLE.matcher(form).matches());
        return forms;
    }

    private boolean usable(ThesaurusTerm term) {
        return !term.phrase()
                && term.wordCount() <= MAX_WORDS
                && WRITABLE.matcher(term.text()).matches()
                && RegisterPolicy.allows(term.annotations())
                && !words.excluded().contains(NounLexicon.lower(term.text()));
    }

    private boolean excludedBeside(String word, Set<String> members) {
        String text = NounLexicon.lower(word);
        return words.excludedBeside().stream()
                .anyMatch(pair -> pair.get(0).equals(text) && members.contains(pair.get(1)));
    }

    private boolean colloquialForAnotherProduct(ThesaurusTerm term) {
        return term.annotations().contains(COLLOQUIAL) && plainRetailTerms.contains(NounLexicon.lower(term.text()));
    }

    /** Anchors are nouns: a lower-case member ({@code schmuck}, the adjective) never matches one. */
    private boolean isAnchor(ThesaurusTerm term, Set<String> list) {
        String text = NounLexicon.lower(term.text());
        return Character.isUpperCase(term.text().codePointAt(0))
                && (list.contains(text) || isSingleNoun(term) && lexicon.lemmasOf(text).stream().anyMatch(list::contains));
    }

    /**
     * The thesaurus capitalises nouns as German does; only they are looked up in the noun lexicon, so that the verb
     * {@code kappen} is not taken for the plural of {@code Kappe}.
     */
    private static boolean isSingleNoun(ThesaurusTerm term) {
        return term.wordCount() == 1 && Character.isUpperCase(term.text().codePointAt(0));
    }

    /**
     * Members without a register label in a set that names a retail anchor (and is not a wrong sense): their plain
     * meaning is a product.
     */
    private Set<String> plainRetailTerms(Collection<List<ThesaurusTerm>> allSets) {
        Set<String> plain = new HashSet<>();
        for (List<ThesaurusTerm> set : allSets) {
            boolean wrongSense = set.stream().anyMatch(term -> words.wrongSenses().contains(NounLexicon.lower(term.text())));
            if (!wrongSense && set.stream().anyMatch(term -> isPlain(term) && isAnchor(term, words.anchors()))) {
                set.stream().filter(RetailSynonyms::isPlain).forEach(term -> plain.add(NounLexicon.lower(term.text())));
            }
        }
        return plain;
    }

    /** Without labels, or only with labels of form and origin. */
    private static boolean isPlain(ThesaurusTerm term) {
        return PLAIN_LABELS.containsAll(term.annotations());
    }
}
