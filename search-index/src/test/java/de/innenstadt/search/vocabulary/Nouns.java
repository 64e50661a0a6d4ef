// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

/** Lexicon entries for tests, written as a shopper would read them. */
final class Nouns {

    private Nouns() {
    }

    /** The nominative singular: the lemma itself. */
    static NounEntry singular(String lemma) {
        return new NounEntry(lemma, lemma, true, false);
    }

    static NounEntry plural(String form, String lemma) {
        return new NounEntry(form, lemma, true, true);
    }

    /** Any other case, such as the old dative "Buche" of "Buch". */
    static NounEntry oblique(String form, String lemma, boolean plural) {
        return new NounEntry(form, lemma, false, plural);
    }
}
