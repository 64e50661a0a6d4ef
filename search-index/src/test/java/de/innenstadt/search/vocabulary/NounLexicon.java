// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The German nouns of a morphological lexicon: every inflected form with its lemma.
 *
 * <p>Lookups are case-insensitive (keys in lower case, umlauts kept), because synonym rules and shoppers' queries
 * are lower case. Built from LanguageTool's dictionary for generation, or from a handful of entries in tests.
 */
final class NounLexicon {

    /** Where the Maven artifact {@code de.danielnaber:german-pos-dict} keeps its morfologik dictionary. */
    static final String GERMAN_POS_DICT = "/org/languagetool/resource/de/german.dict";

    /** LanguageTool's tags of adjectives and participles. */
    private static final List<String> ADJECTIVE_TAGS = List.of("ADJ:", "PA1:", "PA2:");

    /** The shortest compound head looked up: shorter "heads" are mostly accidental endings. */
    static final int MIN_HEAD = 3;

    private final List<NounEntry> entries;
    private final Predicate<String> adjective;
    private final Map<String, List<NounEntry>> byForm = new HashMap<>();
    private final Map<String, List<NounEntry>> byLemma = new HashMap<>();

    NounLexicon(Collection<NounEntry> entries) {
        this(entries, word -> false);
    }

    /**
     * @param adjective whether a lower-case word is also an adjective or participle form ({@code schwere},
     *                  {@code deutsche})
     */
    NounLexicon(Collection<NounEntry> entries, Predicate<String> adjective) {
        this.adjective = adjective;
        this.entries = List.copyOf(entries);
        for (NounEntry entry : this.entries) {
            byForm.computeIfAbsent(lower(entry.form()), k -> new ArrayList<>()).add(entry);
            byLemma.computeIfAbsent(lower(entry.lemma()), k -> new ArrayList<>()).add(entry);
        }
    }

    /** Reads every noun of LanguageTool's German dictionary from the class path. */
    static NounLexicon germanPosDict() throws IOException {
        URL dictionary = NounLexicon.class.getResource(GERMAN_POS_DICT);
        if (dictionary == null) {
            throw new IOException(GERMAN_POS_DICT + " is not on the class path: is de.danielnaber:german-pos-dict a dependency?");
        }
        Dictionary german = Dictionary.read(dictionary);
        List<NounEntry> nouns = new ArrayList<>();
        for (WordData word : new DictionaryLookup(german)) {
            NounEntry entry = NounEntry.fromTag(word.getWord().toString(), word.getStem().toString(), word.getTag().toString());
            if (entry != null) {
                nouns.add(entry);
            }
        }
        DictionaryLookup lookup = new DictionaryLookup(german);
        return new NounLexicon(nouns, word -> lookup.lookup(word).stream()
                .map(data -> data.getTag().toString())
                .anyMatch(tag -> ADJECTIVE_TAGS.stream().anyMatch(tag::startsWith)));
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.GERMAN);
    }

    List<NounEntry> entries() {
        return entries;
    }

    /** Every entry whose lemma is {@code lemma} (any case). */
    List<NounEntry> entriesOf(String lemma) {
        return byLemma.getOrDefault(lower(lemma), List.of());
    }

    /** Whether the word is also an adjective or participle form: a stem override would change those too. */
    boolean isAdjectiveForm(String word) {
        return adjective.test(lower(word));
    }

    boolean isLemma(String word) {
        return byLemma.containsKey(lower(word));
    }

    /**
     * The lemmas (lower case) a shopper means by this word: the word itself when it is a lemma, otherwise the
     * lemmas it is a nominative plural of. Other cases are ignored on purpose: {@code Buche} is also an old dative
     * of {@code Buch}, and nobody types that meaning into a search box.
     */
    Set<String> lemmasOf(String word) {
        String key = lower(word);
        Set<String> lemmas = new LinkedHashSet<>();
        for (NounEntry entry : byForm.getOrDefault(key, List.of())) {
            if (entry.nominative() && lower(entry.lemma()).equals(key)) {
                return Set.of(key);
            }
            if (entry.nominative() && entry.plural()) {
                lemmas.add(lower(entry.lemma()));
            }
        }
        return lemmas;
    }

    /**
     * The nominative singular and plural of the noun {@code word} is a form of, lower case. A compound the lexicon
     * lacks is inflected at its head, as German does: {@code Plüschtier} after {@code Tier} gives
     * {@code plüschtier, plüschtiere}. Empty when neither the word nor a head of at least
     * {@value #MIN_HEAD} letters is known.
     */
    Set<String> nominativeFormsOf(String word) {
        Set<String> forms = new LinkedHashSet<>();
        for (String lemma : lemmasOf(word)) {
            forms.addAll(nominativeForms(lemma));
        }
        for (int start = 1; forms.isEmpty() && start <= word.length() - MIN_HEAD; start++) {
            String prefix = lower(word.substring(0, start));
            for (String lemma : lemmasOf(word.substring(start))) {
                nominativeForms(lemma).forEach(form -> forms.add(prefix + form));
            }
        }
        return forms;
    }

    /** The nominative singular and plural forms of a lemma, lower case, singular first. */
    Set<String> nominativeForms(String lemma) {
        Set<String> singular = new LinkedHashSet<>();
        Set<String> plural = new LinkedHashSet<>();
        for (NounEntry entry : entriesOf(lemma)) {
            if (entry.nominative()) {
                (entry.plural() ? plural : singular).add(lower(entry.form()));
            }
        }
        singular.addAll(plural);
        return singular;
    }
}
