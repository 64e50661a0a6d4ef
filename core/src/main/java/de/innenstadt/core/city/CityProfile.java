// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import de.innenstadt.core.merchant.GeoPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The settings a town starts with, read from a profile: a folder with {@code city.properties} and
 * its legal pages ({@code imprint.de.html}, {@code privacy.en.html}, ...). Profiles for
 * Kaiserslautern and Zweibrücken ship inside core under {@code cities/<slug>/}; any other town
 * points {@code innenstadt.city} at a folder of its own, so no code names a city.
 *
 * @param pages slug → locale → (title, HTML body)
 * @param synonyms search synonym rules from the optional {@code synonyms.txt} (Solr format)
 * @param startingPoints places shoppers measure distances from when they do not share their position
 *        ({@code startingPoint.1.name.de}, {@code .name.en}, {@code .lat}, {@code .lon}; optional)
 */
public record CityProfile(
        String slug,
        String name,
        Region region,
        String timeZone,
        GeoPoint mapCenter,
        int mapZoom,
        String tileUrl,
        String tileAttribution,
        String primaryColor,
        String taglineDe,
        String taglineEn,
        String contactEmail,
        String operatorName,
        Map<String, Map<String, Page>> pages,
        List<String> synonyms,
        List<StartingPoint> startingPoints) {

    /** The legal pages every installation must have (imprint, privacy notice, accessibility statement). */
    public static final List<String> REQUIRED_PAGES = List.of("imprint", "privacy", "accessibility");

    /**
     * Pages a city may add: an explanation of the platform in Leichte Sprache and one in sign language (a video's
     * link), which BITV 2.0 § 4 asks of public bodies' sites; the footer links them once they exist.
     */
    public static final List<String> OPTIONAL_PAGES = List.of("easy-language", "sign-language");

    /** Languages offered: German first, English second. */
    public static final List<String> LOCALES = List.of("de", "en");

    /** A legal page's title and body. */
    public record Page(String title, String bodyHtml) {
    }

    /** A place in the centre everybody knows (Stiftsplatz, Hauptbahnhof), to measure distances from. */
    public record StartingPoint(String nameDe, String nameEn, GeoPoint point) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
        }
    }

    /** At most this many starting points are read ({@code startingPoint.1} … {@code startingPoint.9}). */
    private static final int MAX_STARTING_POINTS = 9;

    /**
     * Loads a bundled profile by slug, or a profile folder on disk when {@code reference} is a path.
     *
     * @throws IllegalArgumentException naming the setting when the profile is missing or incomplete
     */
    public static CityProfile load(String reference) {
        Path folder = Path.of(reference);
        if (reference.contains("/") && Files.isDirectory(folder)) {
            return read(name -> {
                Path file = folder.resolve(name);
                return Files.exists(file) ? Files.newInputStream(file) : null;
            }, reference);
        }
        if (!reference.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("innenstadt.city must name a bundled city (e.g. kaiserslautern) "
                    + "or a folder with city.properties: " + reference);
        }
        return read(name -> CityProfile.class.getResourceAsStream("/cities/" + reference + "/" + name), reference);
    }

    private interface Source {
        InputStream open(String name) throws IOException;
    }

    private static CityProfile read(Source source, String reference) {
        try {
            Properties p = new Properties();
            try (InputStream in = source.open("city.properties")) {
                if (in == null) {
                    throw new IllegalArgumentException("No city profile '" + reference
                            + "': set innenstadt.city to a bundled city or a folder with city.properties");
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(reader);
                }
            }
            Map<String, Map<String, Page>> pages = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (String page : REQUIRED_PAGES) {
                for (String locale : LOCALES) {
                    try (InputStream in = source.open(page + "." + locale + ".html")) {
                        if (in == null) {
                            missing.add(page + "." + locale + ".html");
                            continue;
                        }
                        String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        String title = required(p, "page." + page + ".title." + locale, reference);
                        pages.computeIfAbsent(page, k -> new LinkedHashMap<>()).put(locale, new Page(title, body));
                    }
                }
            }
            List<String> synonyms = new ArrayList<>();
            try (InputStream in = source.open("synonyms.txt")) {
                if (in != null) {
                    synonyms = parseSynonyms(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("City profile '" + reference + "' lacks " + String.join(", ", missing));
            }
            return new CityProfile(
                    required(p, "slug", reference),
                    required(p, "name", reference),
                    Region.valueOf(required(p, "region", reference)),
                    required(p, "timeZone", reference),
                    GeoPoint.of(Double.parseDouble(required(p, "map.lat", reference)),
                            Double.parseDouble(required(p, "map.lon", reference))),
                    Integer.parseInt(required(p, "map.zoom", reference)),
                    required(p, "map.tileUrl", reference),
                    required(p, "map.tileAttribution", reference),
                    required(p, "primaryColor", reference),
                    required(p, "tagline.de", reference),
                    required(p, "tagline.en", reference),
                    required(p, "contactEmail", reference),
                    required(p, "operatorName", reference),
                    pages,
                    synonyms,
                    startingPoints(p, reference));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read city profile " + reference, e);
        }
    }

    private static List<StartingPoint> startingPoints(Properties p, String reference) {
        List<StartingPoint> points = new ArrayList<>();
        for (int i = 1; i <= MAX_STARTING_POINTS && p.getProperty("startingPoint." + i + ".name.de") != null; i++) {
            String key = "startingPoint." + i;
            points.add(new StartingPoint(required(p, key + ".name.de", reference), required(p, key + ".name.en", reference),
                    GeoPoint.of(Double.parseDouble(required(p, key + ".lat", reference)),
                            Double.parseDouble(required(p, key + ".lon", reference)))));
        }
        return List.copyOf(points);
    }

    /** Synonym rules without comments and blank lines, in lower case as the analyzers expect them. */
    public static List<String> parseSynonyms(String text) {
        return text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.toLowerCase(Locale.GERMAN))
                .toList();
    }

    private static String required(Properties properties, String key, String reference) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("City profile '" + reference + "' lacks the key " + key);
        }
        return value.strip();
    }
}
