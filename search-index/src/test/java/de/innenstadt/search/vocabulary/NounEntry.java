// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

/**
 * One inflected form of a German noun as a morphological lexicon lists it.
 *
 * @param form       the inflected form as written ({@code Bücher})
 * @param lemma      its dictionary form ({@code Buch})
 * @param nominative whether this reading is nominative, the case a shopper types
 * @param plural     whether this reading is plural
 */
record NounEntry(String form, String lemma, boolean nominative, boolean plural) {

    /**
     * Reads a LanguageTool noun tag such as {@code SUB:NOM:PLU:NEU}; returns null for anything else, and for
     * nominalised adjectives ({@code :ADJ}) and infinitives ({@code :INF}), whose "lemmas" are verbs and adjectives
     * ("das Buchen" would otherwise be a noun beside "die Buchen").
     */
    static NounEntry fromTag(String form, String lemma, String tag) {
        if (!tag.startsWith("SUB:") || tag.contains(":ADJ") || tag.contains(":INF")) {
            return null;
        }
        String[] parts = tag.split(":");
        if (parts.length < 3) {
            return null;
        }
        return new NounEntry(form, lemma, parts[1].equals("NOM"), parts[2].startsWith("PL"));
    }
}
