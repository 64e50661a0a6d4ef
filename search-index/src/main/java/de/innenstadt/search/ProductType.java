// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a product <em>is</em>, read from its title: the noun that names it („Imprägnierspray“ in
 * „Imprägnierspray für Schuhe 200 ml“, „Sneaker“ in „Damen Sneaker Leder schwarz Gr. 39“) and the
 * head of that noun („spray“, „sneaker“; „schuhe“ of „Laufschuhe“, „gläser“ of „Weingläser“).
 * Search ranks a product whose type or head matches the query above one that merely mentions the
 * words, so that „Schuhe“ finds shoes before shoe spray and „Wein“ wine before wine glasses.
 *
 * <p>The rule follows how German shop titles are written: audience words (Damen, Herren, Kinder…)
 * and the brand come first, then the product noun, then attributes (material, colour, size) and
 * prepositional phrases („für Schuhe“). The type is the first capitalised word after the audience
 * and brand words; a second capitalised word from {@link #SECOND_WORD_HEADS} takes over, since
 * „Smartphone Hülle“ is a compound written apart. The head of a compound is its last part: the
 * longest word of the decompounder's word list that ends it.
 */
public record ProductType(String type, String head) {

    /** Words before the product noun that say who it is for, not what it is. */
    private static final Set<String> AUDIENCE = Set.of("damen", "herren", "kinder", "baby", "babys", "unisex",
            "jungen", "mädchen", "erwachsene", "senioren", "bio", "set", "neu");

    /** Nouns that, written as a second word, name the product instead of the first („Smartphone Hülle“). */
    private static final Set<String> SECOND_WORD_HEADS = Set.of("hülle", "tasche", "halterung", "ladekabel",
            "ladegerät", "displayschutz", "ersatzteil", "zubehör", "ständer", "etui", "schutzfolie", "kabel");

    private static final int MIN_FIRST_PART = 3;
    private static final Pattern ADJECTIVE = Pattern.compile("(isch|lich|ig|bar)(e|er|es|en)$");

    /** The type of a title; the whole first word when no word looks like a noun. */
    public static ProductType of(String title, String brand, QueryDecompounder decompounder) {
        List<String> words = List.of(title.strip().split("[\\s:,;()]+"));
        Set<String> brandWords = brand == null ? Set.of()
                : Set.of(brand.toLowerCase(Locale.GERMAN).split("\\s+"));
        int at = 0;
        while (at < words.size() - 1 && (AUDIENCE.contains(lower(words.get(at))) || brandWords.contains(lower(words.get(at)))
                || !isNoun(words.get(at)))) {
            at++;
        }
        String type = words.isEmpty() ? title : words.get(at);
        if (at + 1 < words.size() && SECOND_WORD_HEADS.contains(lower(words.get(at + 1)))) {
            type = words.get(at + 1);
        }
        type = type.replaceAll("[^\\p{L}\\p{N}-]", "");
        String lastPart = lower(type.contains("-") ? type.substring(type.lastIndexOf('-') + 1) : type);
        return new ProductType(type, head(lastPart, decompounder.words()));
    }

    /** The longest known word that ends the compound and leaves a first part of three letters or more. */
    private static String head(String word, Set<String> knownWords) {
        for (int start = MIN_FIRST_PART; start <= word.length() - MIN_FIRST_PART; start++) {
            if (knownWords.contains(word.substring(start))) {
                return word.substring(start);
            }
        }
        return word;
    }

    /**
     * German nouns are capitalised; a word with digits is a size or a number, not a noun, and a
     * capitalised adjective at the start of a title („Elektrische Zahnbürste“) is no noun either.
     */
    private static boolean isNoun(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.chars().noneMatch(Character::isDigit)
                && !ADJECTIVE.matcher(lower(word)).find();
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.GERMAN);
    }
}
