// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import java.util.Locale;
import java.util.Map;

/**
 * A drawn picture for a product without a photo: the department's pictogram in the article's
 * colour on a light tile of the same colour. The demo city uses it, so its pages look like a shop
 * and not like a form; it never imitates a brand's product. Built from fixed shapes and a colour
 * looked up here, so the SVG carries nothing a feed or a merchant typed.
 */
public final class ProductIllustration {

    /** Where the shop serves the illustration of the product with a GTIN; relative, like photos. */
    public static final String PATH_PREFIX = "/images/illustration/";

    private static final String NEUTRAL = "#5c6b7a";

    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("schwarz", "#222222"), Map.entry("weiß", "#d9d4c7"), Map.entry("grau", "#7d7d7d"),
            Map.entry("anthrazit", "#3b3f45"), Map.entry("graphit", "#4a4d52"), Map.entry("steingrau", "#8a8780"),
            Map.entry("rauchgrau", "#6e6e73"), Map.entry("silber", "#a7adb3"), Map.entry("blau", "#2f5fb3"),
            Map.entry("dunkelblau", "#1f3a6e"), Map.entry("hellblau", "#6fa3dc"), Map.entry("marine", "#1d2f55"),
            Map.entry("petrol", "#1f6f78"), Map.entry("türkis", "#2aa8a8"), Map.entry("mint", "#7fc9a8"),
            Map.entry("grün", "#3f8f3f"), Map.entry("olivgrün", "#6b7a34"), Map.entry("salbeigrün", "#8aa486"),
            Map.entry("gelb", "#e3bd2a"), Map.entry("neongelb", "#c8d400"), Map.entry("senfgelb", "#c99a1b"),
            Map.entry("orange", "#e0792b"), Map.entry("koralle", "#e5735e"), Map.entry("rot", "#c0392b"),
            Map.entry("klassisch rot", "#b02a24"), Map.entry("bordeaux", "#6d1f2f"), Map.entry("bordeauxrot", "#6d1f2f"),
            Map.entry("pink", "#d94c8c"), Map.entry("rosé", "#e3a5ad"), Map.entry("altrosa", "#c98d93"),
            Map.entry("flieder", "#a58cc9"), Map.entry("lila", "#7b4fa6"), Map.entry("braun", "#7a4e2d"),
            Map.entry("cognac", "#9a5a2a"), Map.entry("camel", "#b5854b"), Map.entry("taupe", "#8b7d70"),
            Map.entry("beige", "#c8b48f"), Map.entry("sand", "#cdb78a"), Map.entry("creme", "#d8cba8"),
            Map.entry("nude", "#c9a48c"), Map.entry("natur", "#b9a77f"), Map.entry("bernstein", "#c4801c"),
            Map.entry("blau glasiert", "#2f5fb3"), Map.entry("stone washed", "#6f8db0"));

    /** One pictogram per department, drawn on a 100 × 100 grid. */
    private static final Map<String, String> PICTOGRAMS = Map.of(
            "schuhe", "<path d='M12 62 L12 40 Q22 38 30 46 L52 58 Q80 60 88 68 L88 76 L12 76 Z'/>",
            "mode", "<path d='M34 18 L50 26 L66 18 L88 34 L78 48 L70 42 L70 84 L30 84 L30 42 L22 48 L12 34 Z'/>",
            "buecher", "<path d='M18 22 L48 28 L48 82 L18 76 Z M52 28 L82 22 L82 76 L52 82 Z'/>",
            "spielwaren", "<path d='M20 44 h60 v36 h-60 Z M28 30 h14 v14 h-14 Z M58 30 h14 v14 h-14 Z'/>",
            "feinkost", "<path d='M30 24 h40 v8 h-4 v46 q0 6 -6 6 h-20 q-6 0 -6 -6 v-46 h-4 Z'/>",
            "drogerie", "<path d='M40 16 h20 v10 h6 v56 q0 4 -4 4 h-24 q-4 0 -4 -4 v-56 h6 Z'/>",
            "haushalt", "<path d='M16 44 h56 v22 q0 14 -14 14 h-28 q-14 0 -14 -14 Z M72 48 h14 v6 h-14 Z'/>",
            "elektronik", "<path d='M14 22 h72 v46 h-72 Z M40 74 h20 v6 h-20 Z'/>",
            "sport", "<path d='M50 14 a36 36 0 1 0 0.1 0 Z'/>");

    private ProductIllustration() {
    }

    /** The address of the illustration for the product with this GTIN. */
    public static String path(String gtin) {
        return PATH_PREFIX + gtin;
    }

    /** The SVG for a product of this department (its slug) and colour word; unknown ones get neutral shapes. */
    public static String svg(String department, String colour) {
        String ink = colour == null ? NEUTRAL : COLOURS.getOrDefault(colour.strip().toLowerCase(Locale.GERMAN), NEUTRAL);
        String shape = PICTOGRAMS.getOrDefault(department == null ? "" : department, "<path d='M20 20 h60 v60 h-60 Z'/>");
        return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100' width='400' height='400'>"
                + "<rect width='100' height='100' rx='8' fill='" + ink + "' fill-opacity='0.14'/>"
                + "<g fill='" + ink + "' stroke='#00000033' stroke-width='1'>" + shape + "</g></svg>";
    }
}
