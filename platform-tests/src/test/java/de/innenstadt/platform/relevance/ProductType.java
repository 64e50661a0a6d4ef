// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The product-type noun group of a title: what the thing is, without audience, brand, material,
 * colour, size or what it is for. "Imprägnierspray für Schuhe 200 ml" is an {@code imprägnierspray},
 * "Damen Sneaker Leder schwarz Gr. 39" a {@code sneaker}, "Kinderbuch: Der kleine Drache" a
 * {@code kinderbuch}.
 *
 * <p>Grading rules look at the type rather than the title because a title shares words with things
 * it is not: "Schuhcreme" and "Imprägnierspray für Schuhe" both contain "Schuh" and are no shoes,
 * while "Laufschuhe" is one. German compounds put their head last, so rules match the type's end.
 * German titles capitalise nouns and write adjectives and attributes in lower case, which is what
 * finds the end of the group without a dictionary. The steps, in order (docs/relevance.md):
 * <ol>
 * <li>drop "(Variante n)" and everything from the first colon on (book titles: "Krimi Taschenbuch: …");</li>
 * <li>drop the brand when the title starts with it;</li>
 * <li>skip leading audience words (Damen, Herren, Kinder, Baby, Unisex, …) and "Bio";</li>
 * <li>take the following capitalised words up to the first word that is a preposition, conjunction or
 * article, starts in lower case, contains a digit, is a size, colour, audience, material or feature
 * word;</li>
 * <li>when that leaves nothing, the first word without a digit (titles such as "iPhone …").</li>
 * </ol>
 * The result is in lower case, words separated by one space.
 */
public final class ProductType {

    static final Set<String> AUDIENCE = Set.of("damen", "herren", "kinder", "baby", "babys", "unisex",
            "erwachsene", "mädchen", "jungen", "jungs", "senioren");

    private static final Set<String> LEADING_QUALIFIERS = Set.of("bio", "öko");

    static final Set<String> FUNCTION_WORDS = Set.of("für", "fürs", "mit", "aus", "von", "vom", "im", "in", "am",
            "an", "ab", "ohne", "zum", "zur", "bis", "und", "oder", "&", "+", "-", "–", "der", "die", "das", "den",
            "dem", "des", "ein", "eine", "einer", "nach", "über", "unter", "auf", "bei", "vor", "gegen", "inkl.",
            "x", "à");

    static final Set<String> MATERIALS = Set.of("leder", "glattleder", "veloursleder", "nubukleder", "wildleder",
            "echtleder", "kunstleder", "lammfell", "filz", "canvas", "mesh", "wolle", "merinowolle", "schurwolle",
            "alpakawolle", "kaschmir", "kaschmir-mix", "baumwolle", "bio-baumwolle", "leinen", "halbleinen",
            "viskose", "jersey", "musselin", "satin", "renforcé", "biber", "frottee", "waffelpiqué", "samt", "cord",
            "seide", "bambus", "holz", "eiche", "buche", "olivenholz", "walnuss", "zedernholz", "rattan",
            "korbgeflecht", "metall", "edelstahl", "gusseisen", "damaststahl", "glas", "keramik", "porzellan",
            "steinzeug", "kunststoff", "silikon", "tpu", "carbon", "panzerglas");

    /** Nouns that describe how a thing is made or used, not what it is. */
    static final Set<String> FEATURES = Set.of("klettverschluss", "langarm", "kurzarm", "rundhals", "v-ausschnitt",
            "hallensohle", "nocken", "hallensport", "sport", "weite", "antibeschlag");

    private static final Set<String> SIZE_WORDS = Set.of("gr.", "gr", "größe", "xxs", "xs", "s", "m", "l", "xl",
            "xxl", "xxxl", "s/m", "m/l", "l/xl");

    private static final Pattern VARIANT_NUMBER = Pattern.compile("\\(Variante \\d+\\)");
    private static final VariantWords VARIANTS = VariantWords.fromDemoVocabulary();

    private ProductType() {
    }

    /** The type of a title; {@code brand} may be empty. */
    public static String of(String title, String brand) {
        String text = VARIANT_NUMBER.matcher(title).replaceAll(" ");
        int colon = text.indexOf(':');
        if (colon >= 0) {
            text = text.substring(0, colon);
        }
        text = text.strip();
        if (!brand.isBlank() && text.toLowerCase(Locale.ROOT).startsWith(brand.toLowerCase(Locale.ROOT) + " ")) {
            text = text.substring(brand.length()).strip();
        }
        String[] words = text.split("\\s+");
        int start = 0;
        while (start < words.length && isLeadingQualifier(words[start])) {
            start++;
        }
        List<String> group = new ArrayList<>();
        for (int i = start; i < words.length; i++) {
            String word = trimPunctuation(words[i]);
            if (word.isEmpty() || endsGroup(word)) {
                break;
            }
            group.add(word.toLowerCase(Locale.ROOT));
        }
        if (group.isEmpty()) {
            for (String word : words) {
                String trimmed = trimPunctuation(word);
                if (!trimmed.isEmpty() && trimmed.chars().noneMatch(Character::isDigit)) {
                    return trimmed.toLowerCase(Locale.ROOT);
                }
            }
            return "";
        }
        return String.join(" ", group);
    }

    private static boolean isLeadingQualifier(String word) {
        String lower = trimPunctuation(word).toLowerCase(Locale.ROOT);
        return AUDIENCE.contains(lower) || LEADING_QUALIFIERS.contains(lower);
    }

    private static boolean endsGroup(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !Character.isUpperCase(word.codePointAt(0))
                || word.chars().anyMatch(Character::isDigit)
                || FUNCTION_WORDS.contains(lower)
                || AUDIENCE.contains(lower)
                || SIZE_WORDS.contains(lower)
                || MATERIALS.contains(lower)
                || FEATURES.contains(lower)
                || VARIANTS.isColour(lower);
    }

    private static String trimPunctuation(String word) {
        int end = word.length();
        while (end > 0 && ",;!?\"'()".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        int begin = 0;
        while (begin < end && "\"'(".indexOf(word.charAt(begin)) >= 0) {
            begin++;
        }
        return word.substring(begin, end);
    }
}
