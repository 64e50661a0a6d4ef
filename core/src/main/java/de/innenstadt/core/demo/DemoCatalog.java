// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import de.innenstadt.core.catalog.Gtin;
import de.innenstadt.core.catalog.ProductIllustration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates a realistic German product catalogue from the vocabulary files, deterministically per seed.
 *
 * <p>Determinism matters more than variety here: the README, screenshots and the search relevance
 * suite refer to concrete products, so the same seed must always give the same list. Titles are
 * drawn again while they are taken, so they stay unique until a category's vocabulary runs out; only
 * then is a duplicate told apart by its brand or a variant number. Prices stay within a range
 * typical for each category, so that sorting and price filters behave as they would with real shops.
 */
public final class DemoCatalog {

    static final String BOOKS = "buecher";

    /** Share of the catalogue in percent and the price range in euros every product must stay within. */
    private record CategoryPlan(String slug, int sharePercent, int minEuros, int maxEuros) {
    }

    private static final List<CategoryPlan> PLANS = List.of(
            new CategoryPlan("mode", 18, 8, 350),
            new CategoryPlan("schuhe", 12, 5, 250),
            new CategoryPlan(BOOKS, 13, 8, 30),
            new CategoryPlan("spielwaren", 10, 4, 200),
            new CategoryPlan("haushalt", 13, 5, 700),
            new CategoryPlan("elektronik", 10, 10, 900),
            new CategoryPlan("feinkost", 10, 2, 80),
            new CategoryPlan("drogerie", 8, 1, 50),
            new CategoryPlan("sport", 6, 5, 900));

    /** Category slugs as used in {@code shops.csv} and {@link DemoProduct#category()}. */
    public static final List<String> CATEGORIES = PLANS.stream().map(CategoryPlan::slug).toList();

    /** How often a new title is drawn before a duplicate is told apart by its brand instead. */
    private static final int TITLE_ATTEMPTS = 50;

    /** Cent endings as seen on German price tags; 99 twice because it is the most common. */
    private static final int[] CENT_ENDINGS = {99, 99, 95, 90, 50, 0};

    private DemoCatalog() {
    }

    /**
     * Generates {@code productCount} products with unique valid GTIN-13s.
     *
     * <p>Books get ISBN-based GTINs (mostly German-language 978-3, some French-language 979-10, common
     * this close to the border); everything else gets a GS1 Germany prefix 400–440, never an in-store
     * prefix, so that no generated product collides with a shop's own codes.
     */
    public static List<DemoProduct> generate(long seed, int productCount) {
        if (productCount < 0) {
            throw new IllegalArgumentException("product count must not be negative, not " + productCount);
        }
        Map<String, ProductVocabulary> vocabularies = loadVocabularies();
        SplittableRandom random = new SplittableRandom(seed);
        List<String> categories = categorySequence(productCount, random);
        Set<String> gtins = new HashSet<>();
        Set<String> titles = new HashSet<>();
        List<DemoProduct> products = new ArrayList<>(productCount);
        for (String category : categories) {
            ProductVocabulary vocabulary = vocabularies.get(category);
            ProductVocabulary.Template template;
            String brand;
            ProductVocabulary.Filled filled;
            int attempt = 0;
            do {
                template = vocabulary.randomTemplate(random);
                brand = vocabulary.randomBrand(random);
                filled = vocabulary.fillArticle(template.pattern(), brand, random);
                attempt++;
            } while (titles.contains(filled.title()) && attempt < TITLE_ATTEMPTS);
            String title = distinguish(filled.title(), brand, titles);
            titles.add(title);
            String gtin = gtin(category, random, gtins);
            products.add(new DemoProduct(gtin, title, brand, category,
                    vocabulary.randomDescription(brand, random), price(template, random), ProductIllustration.path(gtin),
                    "demo:" + category + ":" + brand + ":" + filled.articleTitle(), filled.articleTitle(),
                    filled.color(), filled.size()));
        }
        return List.copyOf(products);
    }

    /** Shuffles in place with the given generator, so callers stay deterministic per seed. */
    static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            list.set(j, list.set(i, list.get(j)));
        }
    }

    private static Map<String, ProductVocabulary> loadVocabularies() {
        Map<String, ProductVocabulary> vocabularies = new LinkedHashMap<>();
        for (CategoryPlan plan : PLANS) {
            ProductVocabulary vocabulary = ProductVocabulary.load(plan.slug());
            for (ProductVocabulary.Template template : vocabulary.templates()) {
                if (template.minEuros() < plan.minEuros() || template.maxEuros() > plan.maxEuros()) {
                    throw new IllegalStateException("products-" + plan.slug() + ".txt: '" + template.pattern()
                            + "' is priced " + template.minEuros() + "-" + template.maxEuros() + " EUR but "
                            + plan.slug() + " must stay within " + plan.minEuros() + "-" + plan.maxEuros() + " EUR");
                }
            }
            vocabularies.put(plan.slug(), vocabulary);
        }
        return vocabularies;
    }

    /** Splits the count by category share (largest remainder first) and shuffles the result. */
    private static List<String> categorySequence(int productCount, SplittableRandom random) {
        int[] counts = new int[PLANS.size()];
        int assigned = 0;
        for (int i = 0; i < PLANS.size(); i++) {
            counts[i] = (int) ((long) productCount * PLANS.get(i).sharePercent() / 100);
            assigned += counts[i];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < PLANS.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparingLong(
                (Integer i) -> (long) productCount * PLANS.get(i).sharePercent() % 100).reversed());
        for (int k = 0; k < productCount - assigned; k++) {
            counts[byRemainder.get(k)]++;
        }
        List<String> sequence = new ArrayList<>(productCount);
        for (int i = 0; i < PLANS.size(); i++) {
            for (int n = 0; n < counts[i]; n++) {
                sequence.add(PLANS.get(i).slug());
            }
        }
        shuffle(sequence, random);
        return sequence;
    }

    private static String distinguish(String title, String brand, Set<String> titles) {
        if (!titles.contains(title)) {
            return title;
        }
        String branded = title.startsWith(brand) ? title : brand + " " + title;
        String candidate = branded;
        for (int variant = 2; titles.contains(candidate); variant++) {
            candidate = branded + " (Variante " + variant + ")";
        }
        return candidate;
    }

    private static String gtin(String category, SplittableRandom random, Set<String> used) {
        String gtin;
        do {
            StringBuilder data = new StringBuilder(12);
            if (category.equals(BOOKS)) {
                data.append(random.nextInt(10) < 9 ? "9783" : "97910");
            } else {
                data.append(400 + random.nextInt(41));
            }
            while (data.length() < 12) {
                data.append((char) ('0' + random.nextInt(10)));
            }
            gtin = Gtin.withCheckDigit(data.toString()).value();
        } while (!used.add(gtin));
        return gtin;
    }

    private static long price(ProductVocabulary.Template template, SplittableRandom random) {
        int euros = template.minEuros() + random.nextInt(template.maxEuros() - template.minEuros() + 1);
        int cents = euros == template.maxEuros() ? 0 : CENT_ENDINGS[random.nextInt(CENT_ENDINGS.length)];
        return euros * 100L + cents;
    }
}
