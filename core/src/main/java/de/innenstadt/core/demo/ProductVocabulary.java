// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words one category's demo products are made of, read from {@code products-<category>.txt}.
 *
 * <p>Vocabulary lives in text files so that people who know the trade, not only programmers, can make
 * the titles more realistic; the German search relevance suite depends on that richness. A file has
 * sections introduced by {@code [name]}: {@code [marken]} lists brands, {@code [artikel]} lists title
 * templates with a price range in euros ({@code Kinderschuhe {farbe} Gr. {groesse} | 29-59}),
 * {@code [beschreibung]} lists one-sentence descriptions, and every other section is a list of values
 * for the placeholder of the same name. {@code {marke}} stands for the product's brand in titles and
 * descriptions alike, because drugstore, food and toy titles usually start with it. Lines starting
 * with {@code #} are comments. Mistakes are reported with file and line when the file is loaded.
 */
final class ProductVocabulary {

    private static final Pattern SECTION = Pattern.compile("\\[([a-z_]+)]");
    private static final Pattern TEMPLATE = Pattern.compile("(.+?)\\s*\\|\\s*(\\d+)\\s*-\\s*(\\d+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final String BRAND = "marke";
    private static final Set<String> SPECIAL_SECTIONS = Set.of("marken", "artikel", "beschreibung");
    private static final String WIDTH = "weite";
    private static final String LENGTH = "laenge";
    /** The variant placeholders of a template with the words that only introduce them („Gr.“, „W…/L…“). */
    private static final Pattern VARIANT_PART = Pattern.compile(
            "\\s*(?:Gr\\. )?\\{[a-z_]*(?:farbe|groesse)}|\\s*W\\{weite}/L\\{laenge}");

    /** A title template and the euro range its products are priced in. */
    record Template(String pattern, int minEuros, int maxEuros) {
    }

    private final List<String> brands;
    private final List<Template> templates;
    private final List<String> descriptions;
    private final Map<String, List<String>> slots;

    private ProductVocabulary(List<String> brands, List<Template> templates, List<String> descriptions,
            Map<String, List<String>> slots) {
        this.brands = brands;
        this.templates = templates;
        this.descriptions = descriptions;
        this.slots = slots;
    }

    static ProductVocabulary load(String category) {
        String resource = "/demo/kaiserslautern/products-" + category + ".txt";
        InputStream in = ProductVocabulary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("product vocabulary " + resource + " is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader, "products-" + category + ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static ProductVocabulary parse(BufferedReader reader, String source) throws IOException {
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        Map<String, Integer> sectionLines = new LinkedHashMap<>();
        List<Line> current = null;
        int lineNumber = 0;
        for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
            lineNumber++;
            String text = raw.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            Matcher section = SECTION.matcher(text);
            if (section.matches()) {
                String name = section.group(1);
                if (sections.containsKey(name)) {
                    throw new IllegalArgumentException(
                            source + ":" + lineNumber + ": section [" + name + "] appears twice");
                }
                current = new ArrayList<>();
                sections.put(name, current);
                sectionLines.put(name, lineNumber);
            } else if (current == null) {
                throw new IllegalArgumentException(source + ":" + lineNumber + ": text before the first [section]");
            } else {
                current.add(new Line(lineNumber, text));
            }
        }
        List<String> brands = texts(required(sections, "marken", source));
        List<Line> templateLines = required(sections, "artikel", source);
        List<Line> descriptionLines = required(sections, "beschreibung", source);
        Map<String, List<String>> slots = new LinkedHashMap<>();
        sections.forEach((name, lines) -> {
            if (!SPECIAL_SECTIONS.contains(name)) {
                if (lines.isEmpty()) {
                    throw new IllegalArgumentException(
                            source + ":" + sectionLines.get(name) + ": section [" + name + "] is empty");
                }
                slots.put(name, texts(lines));
            }
        });

        List<Template> templates = new ArrayList<>();
        for (Line line : templateLines) {
            String where = source + ":" + line.number() + ": ";
            Matcher matcher = TEMPLATE.matcher(line.text());
            if (!matcher.matches()) {
                throw new IllegalArgumentException(where + "article template must look like 'Title {slot} | 10-20'");
            }
            int min = Integer.parseInt(matcher.group(2));
            int max = Integer.parseInt(matcher.group(3));
            if (min <= 0 || max < min) {
                throw new IllegalArgumentException(where + "price range " + min + "-" + max + " is not ascending");
            }
            checkPlaceholders(matcher.group(1), slots, where);
            templates.add(new Template(matcher.group(1), min, max));
        }
        for (Line line : descriptionLines) {
            checkPlaceholders(line.text(), slots, source + ":" + line.number() + ": ");
        }
        return new ProductVocabulary(brands, List.copyOf(templates), texts(descriptionLines), Map.copyOf(slots));
    }

    List<Template> templates() {
        return templates;
    }

    String randomBrand(SplittableRandom random) {
        return brands.get(random.nextInt(brands.size()));
    }

    /**
     * Picks a template with equal chance, so that article types with many sizes or colours do not crowd
     * out the others; the caller draws again when a title is taken.
     */
    Template randomTemplate(SplittableRandom random) {
        return templates.get(random.nextInt(templates.size()));
    }

    String randomDescription(String brand, SplittableRandom random) {
        return fill(descriptions.get(random.nextInt(descriptions.size())), brand, random);
    }

    /** Replaces {@code {marke}} with the brand and every other placeholder with a random value of its section. */
    String fill(String pattern, String brand, SplittableRandom random) {
        return fillArticle(pattern, brand, random).title();
    }

    /**
     * A title of one variant of an article, with the article's own title (the variant values left
     * out) and the colour and size that tell the variants apart. A section is a colour when its name
     * ends in {@code farbe}, a size when it ends in {@code groesse} or is {@code weite}/{@code laenge}
     * (jeans sizes W32/L34). Draws the same random values as {@link #fill}, so catalogues stay the
     * same per seed.
     */
    Filled fillArticle(String pattern, String brand, SplittableRandom random) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder title = new StringBuilder();
        List<String> articleValues = new ArrayList<>();
        String color = null;
        List<String> sizes = new ArrayList<>();
        while (placeholder.find()) {
            String slot = placeholder.group(1);
            String value;
            if (slot.equals(BRAND)) {
                value = brand;
            } else {
                List<String> values = slots.get(slot);
                value = values.get(random.nextInt(values.size()));
            }
            if (isColour(slot)) {
                color = value;
            } else if (isSize(slot)) {
                sizes.add(slot.equals(LENGTH) ? "L" + value : slot.equals(WIDTH) ? "W" + value : value);
            } else {
                articleValues.add(value);
            }
            placeholder.appendReplacement(title, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(title);
        Matcher articlePlaceholder = PLACEHOLDER.matcher(VARIANT_PART.matcher(pattern).replaceAll(""));
        StringBuilder article = new StringBuilder();
        int next = 0;
        while (articlePlaceholder.find()) {
            articlePlaceholder.appendReplacement(article, Matcher.quoteReplacement(articleValues.get(next++)));
        }
        articlePlaceholder.appendTail(article);
        String size = sizes.isEmpty() ? null : String.join("/", sizes);
        return new Filled(title.toString(), article.toString().replaceAll("\\s+", " ").strip(), color, size);
    }

    /** A filled title; {@code color} and {@code size} are null where the article has no such variants. */
    record Filled(String title, String articleTitle, String color, String size) {
    }

    private static boolean isColour(String slot) {
        return slot.endsWith("farbe");
    }

    private static boolean isSize(String slot) {
        return slot.endsWith("groesse") || slot.equals(WIDTH) || slot.equals(LENGTH);
    }

    private static void checkPlaceholders(String text, Map<String, List<String>> slots, String where) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            if (!placeholder.group(1).equals(BRAND) && !slots.containsKey(placeholder.group(1))) {
                throw new IllegalArgumentException(where + "no section [" + placeholder.group(1) + "]");
            }
        }
    }

    private static List<Line> required(Map<String, List<Line>> sections, String name, String source) {
        List<Line> lines = sections.get(name);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException(source + ": section [" + name + "] is missing or empty");
        }
        return lines;
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    private record Line(int number, String text) {
    }
}
