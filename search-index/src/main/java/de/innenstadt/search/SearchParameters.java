// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import de.innenstadt.core.inventory.TypedAmount;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one vocabulary of search parameters, shared by the REST API and the results page, so that a
 * link copied from one works in the other and both apply the same rules.
 *
 * <p>{@link #parse} always builds the best request it can and lists what it had to drop: the API
 * answers 400 with the first problem (strict), the results page shows the rest of the search with a
 * notice (lenient). {@link Parsed#queryString} writes the applied parameters back in one order.
 *
 * <p>Parameters: {@code q}, {@code category} and {@code shop} (slugs), {@code brand}, {@code color}
 * and {@code variantSize} (as shown), {@code priceMin}/{@code priceMax} (euros as people type them: „54,90“),
 * {@code inStock}/{@code openNow}/{@code pickupToday} (true/false), {@code lat}/{@code lon},
 * {@code radiusKm} (1–100), {@code sort} (relevance, price, distance), {@code page} (from 0),
 * {@code size} (1–100).
 */
public final class SearchParameters {

    /** The parameters in the order links write them. */
    public static final List<String> NAMES = List.of("q", "category", "brand", "shop", "color", "variantSize",
            "priceMin", "priceMax", "inStock", "openNow", "pickupToday", "lat", "lon", "radiusKm", "sort", "page", "size");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+){0,20}");
    private static final int MAX_SHOWN = 120;
    private static final int MAX_NUMBER_TEXT = 40;

    /** Why a parameter was not applied; the page turns it into the visitor's language. */
    public enum Reason {
        TOO_LONG, NOT_A_SLUG, NOT_AN_AMOUNT, MIN_ABOVE_MAX, NOT_A_FLAG, NOT_A_NUMBER, OUT_OF_RANGE,
        POSITION_INCOMPLETE, NEEDS_POSITION, UNKNOWN_SORT
    }

    /** One parameter that could not be applied as given. */
    public record Problem(String parameter, Reason reason, String message) {
    }

    /**
     * A parsed search: the request, the parameters as applied (canonical text), what was dropped,
     * and whether the position came from the fallback (the city centre) rather than the visitor.
     */
    public record Parsed(SearchRequest request, Map<String, String> applied, List<Problem> problems,
            boolean fallbackPosition) {

        /**
         * The applied parameters with some changed (a null or empty value removes one), as a query
         * string; any change but the page itself goes back to the first page.
         */
        public String queryStringWith(Map<String, String> changes) {
            Map<String, String> params = new LinkedHashMap<>(applied);
            if (!changes.containsKey("page")) {
                params.remove("page");
            }
            changes.forEach((name, value) -> {
                if (value == null || value.isEmpty()) {
                    params.remove(name);
                } else {
                    params.put(name, value);
                }
            });
            return queryString(params);
        }

        /** Whether anything beyond the words, the order and the page narrows the search. */
        public boolean filtered() {
            return applied.keySet().stream().anyMatch(name -> !List.of("q", "sort", "page", "size").contains(name));
        }
    }

    private SearchParameters() {
    }

    /**
     * Parses raw parameters (first value of each, null when absent). {@code fallbackPosition} is used
     * when a radius or distance order needs a position the request lacks (the page passes the city
     * centre; the API passes none and reports the problem).
     */
    public static Parsed parse(Function<String, String> raw, int defaultSize, Optional<double[]> fallbackPosition) {
        Parser parser = new Parser(raw);
        return parser.parse(defaultSize, fallbackPosition);
    }

    /** Parameters in the canonical order, URL-encoded as UTF-8; empty when there are none. */
    public static String queryString(Map<String, String> params) {
        return NAMES.stream().filter(params::containsKey)
                .map(name -> name + "=" + URLEncoder.encode(params.get(name), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The state of one parse: what was applied and what was dropped. */
    private static final class Parser {

        private final Function<String, String> raw;
        private final Map<String, String> applied = new LinkedHashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        Parser(Function<String, String> raw) {
            this.raw = raw;
        }

        Parsed parse(int defaultSize, Optional<double[]> fallbackPosition) {
            String text = text();
            String category = slug("category");
            String brand = shown("brand");
            String color = shown("color");
            String variantSize = shown("variantSize");
            String shop = slug("shop");
            Long priceMin = amount("priceMin");
            Long priceMax = amount("priceMax");
            if (priceMin != null && priceMax != null && priceMin > priceMax) {
                problem("priceMax", Reason.MIN_ABOVE_MAX, "priceMin must not exceed priceMax");
                applied.remove("priceMax");
                priceMax = null;
            }
            boolean inStock = flag("inStock");
            boolean openNow = flag("openNow");
            boolean pickupToday = flag("pickupToday");
            double[] position = position();
            Double radiusKm = number("radiusKm", 0.1, SearchRequest.MAX_RADIUS_KM, Double::valueOf);
            SearchRequest.Sort sort = sort();
            boolean fallback = false;
            if (position == null && (radiusKm != null || sort == SearchRequest.Sort.DISTANCE)) {
                if (fallbackPosition.isPresent()) {
                    position = fallbackPosition.get();
                    fallback = true;
                } else {
                    problem(radiusKm != null ? "radiusKm" : "sort", Reason.NEEDS_POSITION,
                            (radiusKm != null ? "radiusKm" : "sort=distance") + " needs lat and lon");
                    applied.remove("radiusKm");
                    radiusKm = null;
                    if (sort == SearchRequest.Sort.DISTANCE) {
                        applied.remove("sort");
                        sort = SearchRequest.Sort.RELEVANCE;
                    }
                }
            }
            Integer page = number("page", 0, SearchRequest.MAX_PAGE, Integer::valueOf);
            Integer size = number("size", 1, SearchRequest.MAX_SIZE, Integer::valueOf);
            if (page != null && page == 0) {
                applied.remove("page");
            }
            SearchRequest request = new SearchRequest(text, position == null ? null : position[0],
                    position == null ? null : position[1], radiusKm, category, brand, shop, priceMin, priceMax,
                    inStock, openNow, pickupToday, sort, page == null ? 0 : page, size == null ? defaultSize : size,
                    color, variantSize);
            return new Parsed(request, Map.copyOf(applied), List.copyOf(problems), fallback);
        }

        private String value(String name) {
            String value = raw.apply(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private void problem(String name, Reason reason, String message) {
            problems.add(new Problem(name, reason, message));
        }

        private String text() {
            String text = value("q");
            if (text == null) {
                return "";
            }
            if (text.length() > SearchRequest.MAX_TEXT) {
                problem("q", Reason.TOO_LONG, "q may be at most " + SearchRequest.MAX_TEXT + " characters long");
                text = text.substring(0, SearchRequest.MAX_TEXT).strip();
            }
            applied.put("q", text);
            return text;
        }

        private String slug(String name) {
            String value = value(name);
            if (value == null) {
                return null;
            }
            if (!SLUG.matcher(value).matches()) {
                problem(name, Reason.NOT_A_SLUG, name + " must be a key such as 'schuhe', not '" + shorten(value) + "'");
                return null;
            }
            applied.put(name, value);
            return value;
        }

        /** A value as the facet shows it (a brand, a colour, a size). */
        private String shown(String name) {
            String value = value(name);
            if (value == null) {
                return null;
            }
            if (value.length() > MAX_SHOWN) {
                problem(name, Reason.TOO_LONG, name + " may be at most " + MAX_SHOWN + " characters long");
                return null;
            }
            applied.put(name, value);
            return value;
        }

        private Long amount(String name) {
            String value = value(name);
            if (value == null) {
                return null;
            }
            Optional<Long> cents = TypedAmount.findCents(value);
            if (cents.isEmpty()) {
                problem(name, Reason.NOT_AN_AMOUNT, name + " must be an amount in euros such as 54.90 or 54,90, not '"
                        + shorten(value) + "'");
                return null;
            }
            applied.put(name, BigDecimal.valueOf(cents.get(), 2).stripTrailingZeros().toPlainString());
            return cents.get();
        }

        private boolean flag(String name) {
            String value = value(name);
            if (value == null) {
                return false;
            }
            switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "on" -> {
                    applied.put(name, "true");
                    return true;
                }
                case "false", "0", "no", "off" -> {
                    return false;
                }
                default -> {
                    problem(name, Reason.NOT_A_FLAG, name + " must be true or false");
                    return false;
                }
            }
        }

        private double[] position() {
            Double lat = number("lat", -90, 90, Double::valueOf);
            Double lon = number("lon", -180, 180, Double::valueOf);
            if (lat == null && lon == null) {
                return null;
            }
            if (lat == null || lon == null) {
                problem(lat == null ? "lat" : "lon", Reason.POSITION_INCOMPLETE, "lat and lon must be given together");
                applied.remove("lat");
                applied.remove("lon");
                return null;
            }
            return new double[] {lat, lon};
        }

        private SearchRequest.Sort sort() {
            String value = value("sort");
            if (value == null) {
                return SearchRequest.Sort.RELEVANCE;
            }
            for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
                if (sort.name().equalsIgnoreCase(value)) {
                    if (sort != SearchRequest.Sort.RELEVANCE) {
                        applied.put("sort", sort.name().toLowerCase(Locale.ROOT));
                    }
                    return sort;
                }
            }
            problem("sort", Reason.UNKNOWN_SORT, "sort must be relevance, price or distance");
            return SearchRequest.Sort.RELEVANCE;
        }

        /** A number within [min, max]; out-of-range and malformed values are problems, not exceptions. */
        private <T extends Number> T number(String name, double min, double max, Function<String, T> parser) {
            String value = value(name);
            if (value == null) {
                return null;
            }
            T number;
            try {
                number = value.length() > MAX_NUMBER_TEXT ? null : parser.apply(value.replace(',', '.'));
            } catch (NumberFormatException e) {
                number = null;
            }
            if (number == null) {
                problem(name, Reason.NOT_A_NUMBER, name + " must be a number, not '" + shorten(value) + "'");
                return null;
            }
            double d = number.doubleValue();
            if (Double.isNaN(d) || d < min || d > max) {
                problem(name, Reason.OUT_OF_RANGE, name + " must lie between " + plain(min) + " and " + plain(max));
                return null;
            }
            applied.put(name, value.replace(',', '.'));
            return number;
        }

        private static String plain(double value) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        private static String shorten(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }
    }
}
