// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import java.util.Set;

/**
 * Which OpenThesaurus annotations a shop's search may use.
 *
 * <p>Kept: everyday speech ({@code ugs.}, {@code salopp}), brand names used as generics ({@code Markenname}),
 * loanwords ({@code engl.}, {@code franz.}, {@code ital.}) and words of our own region (south and west German,
 * Rhenish, "regional"): that is how shoppers in Kaiserslautern talk. Dropped: what nobody types into a shop's
 * search box or what would offend or mislead (insults, vulgar, pejorative, dated and historical words, technical,
 * scientific and elevated registers, figurative and jocular uses, sayings) and words of other regions (Austrian,
 * Swiss, Bavarian, northern German, ...) unless a label also names ours.
 *
 * <p>A label this policy does not know drops the term: in the text format trailing parentheses also hold a
 * phrase's complements ({@code (sich) kümmern (um)}), and a word we cannot place is not worth the risk.
 */
final class RegisterPolicy {

    static final Set<String> KEPT = Set.of("ugs.", "salopp", "Hauptform", "Markenname", "Handelsname", "Kurzform",
            "Abkürzung", "Plural", "variabel", "weibl.", "männl.", "engl.", "franz.", "ital.", "jugendsprachlich",
            "Kindersprache");

    static final Set<String> HOME_REGIONS = Set.of("regional", "süddt.", "rheinisch", "pfälzisch", "südwestdt.",
            "westdeutsch", "landschaftlich", "hessisch", "saarländisch");

    static final Set<String> OTHER_REGIONS = Set.of("österr.", "schweiz.", "bair.", "norddeutsch", "berlinerisch",
            "hamburg.", "ruhrdt.", "kölsch", "schwäbisch", "fränk.", "thüringisch", "plattdeutsch", "sächsisch",
            "ostdeutsch", "ostösterr.", "wienerisch", "tirolerisch", "alemannisch", "mitteldeutsch", "niederländisch",
            "südtirolerisch", "luxemburgisch", "DDR");

    static final Set<String> DROPPED = Set.of("derb", "vulg.", "vulgär", "abwertend", "leicht abwertend",
            "stark abwertend", "negativ", "Schimpfwort", "beleidigend", "veraltet", "veraltend", "altertümelnd",
            "historisch", "hist.", "fachspr.", "medizinisch", "botanisch", "zoologisch", "biologisch", "wissenschaftlich",
            "jur.", "juristisch", "militärisch", "mil.", "Jägersprache", "Amtsdeutsch", "geh.", "bildungssprachlich",
            "literarisch", "lit.", "poetisch", "fig.", "auch fig.", "ironisch", "scherzhaft", "scherzhaft-ironisch",
            "verhüllend", "selten", "Jargon", "Spruch", "Sprichwort", "sprichwörtlich", "redensartlich", "floskelhaft",
            "Symbol", "Einheitenzeichen", "lat.", "griechisch", "religiös", "journal.", "Verstärkung", "emotional",
            "Eigenname", "Person", "Einschub", "Superlativ", "japanisch", "rumänisch", "römisch", "technisch");

    private RegisterPolicy() {
    }

    /** Whether a term with these annotations may become a search synonym. */
    static boolean allows(Set<String> annotations) {
        boolean otherRegion = false;
        boolean homeRegion = false;
        for (String label : annotations) {
            if (DROPPED.contains(label)) {
                return false;
            }
            if (OTHER_REGIONS.contains(label)) {
                otherRegion = true;
            } else if (HOME_REGIONS.contains(label)) {
                homeRegion = true;
            } else if (!KEPT.contains(label)) {
                return false;
            }
        }
        return homeRegion || !otherRegion;
    }
}
