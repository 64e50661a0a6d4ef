// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import de.innenstadt.core.demo.DemoCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that tell variants of one article apart: colours and sizes. They are not the product's
 * type ("rote Jacke" asks for a Jacke in red) and not part of the article (a pullover in grey and in
 * black is one article shown twice).
 *
 * <p>Colours come from the demo vocabulary's colour sections (every section whose name ends in
 * {@code farbe}), so that a colour added there is known here without a second list; a few common
 * colours are added because shops outside the demo write them too.
 */
public final class VariantWords {

    private static final Pattern SECTION = Pattern.compile("\\[([a-z_]+)]");
    private static final Set<String> COMMON_COLOURS = Set.of("rot", "blau", "grün", "gelb", "schwarz", "weiß", "grau",
            "braun", "beige", "rosa", "pink", "lila", "orange", "türkis", "silber", "gold", "bunt", "natur", "creme");

    /** Clothing and shoe sizes, jeans sizes, and measures that make variants of one article. */
    private static final Pattern SIZES = Pattern.compile(
            "\\bGr\\.\\s*\\S+|\\bGröße\\s+\\d+\\S*|\\bW\\d{2}/L\\d{2}\\b"
                    + "|(?<![\\p{L}\\d])(?:XXS|XS|S|M|L|XL|XXL|XXXL|S/M|M/L|L/XL)(?![\\p{L}\\d/])"
                    + "|\\b\\d+(?:[.,]\\d+)?\\s*(?:cm|mm|Zoll|GB|TB)\\b");

    private final Set<String> colours;
    private final Pattern colourPattern;

    private VariantWords(Collection<String> colours) {
        this.colours = colours.stream().map(c -> c.toLowerCase(Locale.ROOT).strip())
                .filter(c -> !c.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        // longest first, so that "blau glasiert" goes before "blau"
        String alternatives = this.colours.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.colourPattern = Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The colours of the demo vocabulary of Kaiserslautern plus the common ones. */
    public static VariantWords fromDemoVocabulary() {
        Set<String> colours = new TreeSet<>(COMMON_COLOURS);
        for (String category : DemoCatalog.CATEGORIES) {
            colours.addAll(colourSections("/demo/kaiserslautern/products-" + category + ".txt"));
        }
        return new VariantWords(colours);
    }

    public Set<String> colours() {
        return colours;
    }

    /** True when the single word is a colour ("schwarz", "Natur"). */
    public boolean isColour(String word) {
        return colours.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The text without sizes and colours, spaces collapsed; case is kept. */
    public String withoutVariantAttributes(String text) {
        String withoutSizes = SIZES.matcher(text).replaceAll(" ");
        return colourPattern.matcher(withoutSizes).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private static List<String> colourSections(String resource) {
        InputStream in = VariantWords.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path (module core)");
        }
        List<String> found = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean inColourSection = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                Matcher section = SECTION.matcher(text);
                if (section.matches()) {
                    inColourSection = section.group(1).endsWith("farbe");
                } else if (inColourSection && !text.isEmpty() && !text.startsWith("#")) {
                    found.add(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return found;
    }
}
