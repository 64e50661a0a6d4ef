// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The platform's German retail vocabulary, shipped as data in {@code elasticsearch/vocabulary/}
 * (docs/vocabulary.md): synonyms selected from OpenThesaurus and kept by hand, stem overrides from
 * LanguageTool's lexicon, and the retail product types that also serve as compound parts. Every rule
 * becomes part of the index definition, so a changed file rebuilds the index like a changed mapping.
 */
public final class SearchVocabulary {

    private static final String FOLDER = "/elasticsearch/vocabulary/";
    private static final List<String> SYNONYM_FILES = List.of("additions.txt", "openthesaurus-retail.txt");
    private static final String STEMS = "stems.txt";
    private static final String ANCHORS = "retail-anchors.txt";
    private static final String PRODUCT_TYPES_SECTION = "[waren]";
    /** Shorter parts split too many words that merely contain them. */
    private static final int MIN_COMPOUND_PART = 3;

    private SearchVocabulary() {
    }

    /** The platform's synonym rules (Solr format), before the city's own. */
    public static List<String> synonyms() {
        List<String> rules = new ArrayList<>();
        SYNONYM_FILES.forEach(file -> rules.addAll(lines(file)));
        return List.copyOf(rules);
    }

    /** Stem overrides ({@code forms => stem}) for the words the light German stemmer gets wrong. */
    public static List<String> stemOverrides() {
        return lines(STEMS);
    }

    /**
     * The retail product types as lower-case single words: compound parts for decompounding
     * („Strickpullover“ → „pullover“) and heads of product types.
     */
    static Set<String> productTypes() {
        Set<String> words = new TreeSet<>();
        boolean inProductTypes = false;
        for (String line : lines(ANCHORS)) {
            if (line.startsWith("[")) {
                inProductTypes = PRODUCT_TYPES_SECTION.equals(line);
            } else if (inProductTypes && !line.contains(" ") && line.length() >= MIN_COMPOUND_PART) {
                words.add(line.toLowerCase(Locale.GERMAN));
            }
        }
        return words;
    }

    private static List<String> lines(String file) {
        String resource = FOLDER + file;
        try (InputStream in = SearchVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
