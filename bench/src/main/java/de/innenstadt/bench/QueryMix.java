// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import de.innenstadt.core.demo.DemoCatalog;
import de.innenstadt.core.demo.DemoProduct;
import de.innenstadt.search.SearchRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Shoppers' searches drawn from the catalogue's own words, deterministically per seed. Shares per query: text of
 * one word (by how often it occurs in titles), two or three consecutive title words, or a brand; four in ten near a
 * point in the centre within 1–3 km; facet filters (category, in stock, open now, price range) on some; sorted by
 * relevance mostly, about one in ten by distance and one in ten by price; a few ask for the second page.
 */
public final class QueryMix {

    /** Percent of queries with a geo filter (lat/lon and a radius of 1–3 km). */
    static final int GEO_PERCENT = 40;
    static final int CATEGORY_PERCENT = 25;
    static final int IN_STOCK_PERCENT = 30;
    static final int OPEN_NOW_PERCENT = 15;
    static final int PRICE_PERCENT = 15;
    /** Of the queries with a geo filter: a quarter sorted by distance, one in ten of all by price. */
    static final int SORT_DISTANCE_PERCENT_OF_GEO = 25;
    static final int SORT_PRICE_PERCENT = 10;
    static final int SECOND_PAGE_PERCENT = 5;
    static final int PAGE_SIZE = 20;

    private static final double[] RADII_KM = {1.0, 1.5, 2.0, 3.0};
    private static final double KM_PER_DEGREE = 111.32;
    private static final double SHOPPER_SPREAD_KM = 1.0;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s/,;:()+&\"]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]{2,}");
    private static final Set<String> STOP_WORDS = Set.of("für", "mit", "und", "aus", "der", "die", "das", "von",
            "ohne", "vom", "zum", "zur", "den", "dem", "des", "ein", "eine", "variante", "inkl");

    private final CatalogSpec spec;
    private final List<DemoProduct> products;
    private final List<String> brands;
    private final String[] cumulativeWords;
    private final long[] cumulativeWeights;

    public QueryMix(CatalogSpec spec, List<DemoProduct> products) {
        this.spec = spec;
        this.products = List.copyOf(products);
        this.brands = products.stream().map(DemoProduct::brand).distinct().sorted().toList();
        Map<String, Integer> frequency = new LinkedHashMap<>();
        for (DemoProduct product : products) {
            for (String word : words(product.title())) {
                frequency.merge(word, 1, Integer::sum);
            }
        }
        cumulativeWords = frequency.keySet().toArray(String[]::new);
        cumulativeWeights = new long[cumulativeWords.length];
        long sum = 0;
        for (int i = 0; i < cumulativeWords.length; i++) {
            sum += frequency.get(cumulativeWords[i]);
            cumulativeWeights[i] = sum;
        }
    }

    /** The words of a title a shopper might type: letters only, at least three, no filler words. */
    static List<String> words(String title) {
        List<String> words = new ArrayList<>();
        for (String token : SEPARATORS.split(title)) {
            String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
            if (WORD.matcher(word).matches() && !STOP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                words.add(word);
            }
        }
        return words;
    }

    public List<SearchRequest> generate(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SearchRequest> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            queries.add(next(random));
        }
        return queries;
    }

    private SearchRequest next(SplittableRandom random) {
        DemoProduct source = products.get(random.nextInt(products.size()));
        String text = text(source, random);
        Double lat = null;
        Double lon = null;
        Double radius = null;
        if (chance(random, GEO_PERCENT)) {
            double km = SHOPPER_SPREAD_KM * Math.sqrt(random.nextDouble());
            double angle = random.nextDouble() * 2 * Math.PI;
            lat = round5(spec.centreLat() + km * Math.cos(angle) / KM_PER_DEGREE);
            lon = round5(spec.centreLon()
                    + km * Math.sin(angle) / (KM_PER_DEGREE * Math.cos(Math.toRadians(spec.centreLat()))));
            radius = RADII_KM[random.nextInt(RADII_KM.length)];
        }
        String category = null;
        if (chance(random, CATEGORY_PERCENT)) {
            category = random.nextInt(5) < 4 ? source.category()
                    : DemoCatalog.CATEGORIES.get(random.nextInt(DemoCatalog.CATEGORIES.size()));
        }
        Long priceMin = null;
        Long priceMax = null;
        if (chance(random, PRICE_PERCENT)) {
            priceMax = euros(source.priceCents() * (100 + random.nextInt(100)) / 100);
            if (random.nextBoolean()) {
                priceMin = euros(source.priceCents() * random.nextInt(80) / 100);
            }
        }
        boolean inStock = chance(random, IN_STOCK_PERCENT);
        boolean openNow = chance(random, OPEN_NOW_PERCENT);
        SearchRequest.Sort sort = SearchRequest.Sort.RELEVANCE;
        int sortDraw = random.nextInt(100);
        if (lat != null && sortDraw < SORT_DISTANCE_PERCENT_OF_GEO) {
            sort = SearchRequest.Sort.DISTANCE;
        } else if (sortDraw >= 100 - SORT_PRICE_PERCENT) {
            sort = SearchRequest.Sort.PRICE;
        }
        int page = chance(random, SECOND_PAGE_PERCENT) ? 1 : 0;
        return new SearchRequest(text, lat, lon, radius, category, null, null, priceMin, priceMax, inStock, openNow,
                sort, page, PAGE_SIZE);
    }

    /** Half one word, a third two and the rest three consecutive title words, or now and then a brand. */
    private String text(DemoProduct source, SplittableRandom random) {
        int kind = random.nextInt(100);
        String text;
        List<String> titleWords = words(source.title());
        if (kind < 5 || titleWords.isEmpty()) {
            text = brands.get(random.nextInt(brands.size()));
        } else if (kind < 50) {
            text = weightedWord(random);
        } else {
            int length = Math.min(titleWords.size(), kind < 82 ? 2 : 3);
            int start = random.nextInt(titleWords.size() - length + 1);
            text = String.join(" ", titleWords.subList(start, start + length));
        }
        return random.nextBoolean() ? text.toLowerCase(Locale.GERMAN) : text;
    }

    private String weightedWord(SplittableRandom random) {
        long target = random.nextLong(cumulativeWeights[cumulativeWeights.length - 1]);
        int low = 0;
        int high = cumulativeWeights.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulativeWeights[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return cumulativeWords[low];
    }

    /** Whole euros, as shoppers enter price limits. */
    private static long euros(long cents) {
        return Math.max(100, cents / 100 * 100);
    }

    private static boolean chance(SplittableRandom random, int percent) {
        return random.nextInt(100) < percent;
    }

    private static double round5(double value) {
        return Math.round(value * 100_000) / 100_000.0;
    }
}
