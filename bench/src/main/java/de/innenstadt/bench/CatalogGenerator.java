// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import de.innenstadt.core.demo.DemoCatalog;
import de.innenstadt.core.demo.DemoProduct;
import de.innenstadt.core.merchant.OpeningHoursSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the benchmark's city centre, deterministically per seed: specialist shops per category in proportion to
 * the catalogue plus a few department stores, most of them in the pedestrian zone; the products of
 * {@link DemoCatalog}; and offers so that every product is carried by 1 to 8 shops of its category.
 */
public final class CatalogGenerator {

    /** Department stores carry every category and keep mall hours. */
    static final int DEPARTMENT_STORES = 8;

    /** A specialist is this many times as likely as a department store to carry a product of its category. */
    private static final int SPECIALIST_WEIGHT = 3;

    /** Share of products carried by 1, 2, ... 8 shops before the total is adjusted to the exact offer count. */
    private static final int[] SHOPS_PER_PRODUCT_PERCENT = {12, 15, 16, 16, 14, 11, 9, 7};

    private static final int NAME_ATTEMPTS = 200;
    private static final int[] CENT_ENDINGS = {99, 99, 95, 90, 50, 0};
    private static final double KM_PER_DEGREE = 111.32;
    private static final long MAX_STOCK_AGE_MINUTES = Duration.ofDays(3).toMinutes();

    /** Streets of Kaiserslautern's centre with their postal code, nearest the pedestrian zone first. */
    private static final String[][] STREETS = {
        {"Marktstraße", "67655"}, {"Fackelstraße", "67655"}, {"Riesenstraße", "67655"}, {"Kerststraße", "67655"},
        {"Schneiderstraße", "67655"}, {"Stiftsplatz", "67655"}, {"Schillerstraße", "67655"},
        {"Fruchthallstraße", "67655"}, {"Altenhof", "67655"}, {"Pirmasenser Straße", "67655"},
        {"Eisenbahnstraße", "67655"}, {"Königstraße", "67655"}, {"Mühlstraße", "67659"}, {"Steinstraße", "67657"},
        {"Klosterstraße", "67657"}, {"Kanalstraße", "67657"}, {"Glockenstraße", "67657"},
        {"Spittelstraße", "67655"},
        {"Pariser Straße", "67655"}, {"Rudolf-Breitscheid-Straße", "67655"}, {"Richard-Wagner-Straße", "67655"},
        {"Logenstraße", "67655"}, {"Bahnhofstraße", "67655"}, {"Mainzer Straße", "67657"},
        {"Lauterstraße", "67659"}, {"Burgstraße", "67659"}, {"Maxstraße", "67659"}, {"Mannheimer Straße", "67655"},
        {"Donnersbergstraße", "67657"}, {"Trippstadter Straße", "67663"}, {"Kennelgartenstraße", "67659"},
    };

    private static final List<String> FAMILY_NAMES = List.of(
            "Müller", "Schmitt", "Becker", "Hoffmann", "Wagner", "Schneider", "Fischer", "Weber", "Koch", "Klein",
            "Schäfer", "Bauer", "Richter", "Wolf", "Neumann", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange",
            "Werner", "Schulz", "Krause", "Meier", "Lehmann", "Huber", "Kaiser", "Fuchs", "Scholz", "Vogel",
            "Keller", "Jung", "Hahn", "Roth", "Frank", "Berger", "Sommer", "Winter", "Gerber", "Hollerbach");

    private static final List<String> LOCAL_NAMES = List.of(
            "Barbarossa", "am Stiftsplatz", "an der Fruchthalle", "am Betze", "Lauter", "Pfalz", "Altenhof",
            "am Schillerplatz", "Kerst", "am Rathaus", "Pfalztheater", "am Kaiserbrunnen");

    private static final Map<String, List<String>> NAME_PATTERNS = Map.of(
            "mode", List.of("Modehaus %s", "Boutique %s", "Kleiderei %s", "Herrenausstatter %s", "Kindermode %s"),
            "schuhe", List.of("Schuhhaus %s", "Schuh-Eck %s", "Sneakerladen %s", "Schuhmacherei %s"),
            "buecher", List.of("Buchhandlung %s", "Lesezeichen %s", "Bücherstube %s", "Antiquariat %s"),
            "spielwaren", List.of("Spielwaren %s", "Spielkiste %s", "Modellbau %s", "Spieleladen %s"),
            "haushalt", List.of("Haushaltswaren %s", "Wohnidee %s", "Küchenladen %s", "Eisenwaren %s"),
            "elektronik", List.of("Elektro %s", "Technikstube %s", "Handyladen %s", "Radio %s"),
            "feinkost", List.of("Feinkost %s", "Delikatessen %s", "Kaffeerösterei %s", "Weinhandel %s",
                    "Bioladen %s"),
            "drogerie", List.of("Drogerie %s", "Parfümerie %s", "Seifenladen %s", "Reformhaus %s"),
            "sport", List.of("Sporthaus %s", "Radsport %s", "Outdoor %s", "Laufladen %s"));

    private static final List<String> DEPARTMENT_PATTERNS = List.of("Kaufhaus %s", "Warenhaus %s");

    private static final List<String> DEFAULT_HOURS = List.of(
            "Mo-Fr 09:30-18:30; Sa 09:30-16:00",
            "Mo-Fr 10:00-19:00; Sa 10:00-18:00",
            "Mo-Fr 10:00-18:30; Sa 10:00-16:00",
            "Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-13:00",
            "Di-Fr 10:00-13:00,14:00-18:00; Sa 10:00-14:00",
            "Mo-Sa 10:00-19:00");

    private static final Map<String, List<String>> CATEGORY_HOURS = Map.of(
            "feinkost", List.of("Mo-Fr 08:00-19:00; Sa 08:00-16:00",
                    "Mo-Fr 06:30-18:00; Sa 06:30-13:00; So 08:00-11:00",
                    "Di-Fr 10:00-18:00; Sa 09:00-15:00"),
            "drogerie", List.of("Mo-Fr 08:30-19:00; Sa 08:30-18:00", "Mo-Sa 08:00-20:00"));

    private static final List<String> DEPARTMENT_HOURS = List.of("Mo-Sa 09:30-20:00", "Mo-Sa 10:00-20:00");

    private CatalogGenerator() {
    }

    /** Generates the whole city centre; {@code now} is when the stock figures were last reported at the latest. */
    public static BenchCatalog generate(CatalogSpec spec, Instant now) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        List<DemoProduct> products = DemoCatalog.generate(spec.seed(), spec.products());
        List<BenchShop> shops = shops(spec, productsPerCategory(products), random);
        List<BenchOffer> offers = offers(spec, shops, products, random, now);
        return new BenchCatalog(shops, products, offers);
    }

    private static Map<String, Integer> productsPerCategory(List<DemoProduct> products) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        DemoCatalog.CATEGORIES.forEach(category -> counts.put(category, 0));
        products.forEach(product -> counts.merge(product.category(), 1, Integer::sum));
        return counts;
    }

    private static List<BenchShop> shops(CatalogSpec spec, Map<String, Integer> productsPerCategory,
            SplittableRandom random) {
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < DEPARTMENT_STORES; i++) {
            categories.add(null);
        }
        categories.addAll(specialistCategories(spec.shops() - DEPARTMENT_STORES, productsPerCategory));
        for (int i = categories.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            categories.set(j, categories.set(i, categories.get(j)));
        }
        Set<String> slugs = new HashSet<>();
        List<BenchShop> shops = new ArrayList<>(categories.size());
        for (String category : categories) {
            long id = shops.size() + 1L;
            boolean department = category == null;
            String name = uniqueName(department ? DEPARTMENT_PATTERNS : NAME_PATTERNS.get(category), random, slugs);
            double[] point = location(spec, random);
            int nearest = (int) Math.floor(point[2] / spec.radiusKm() * STREETS.length);
            String[] street = STREETS[Math.min(STREETS.length - 1, Math.max(0, nearest + random.nextInt(5) - 2))];
            List<String> hours = department ? DEPARTMENT_HOURS : CATEGORY_HOURS.getOrDefault(category, DEFAULT_HOURS);
            shops.add(new BenchShop(id, slug(name), name, department ? "mode" : category, department, street[0],
                    String.valueOf(1 + random.nextInt(80)), street[1], point[0], point[1],
                    String.format(Locale.ROOT, "0631 %06d", random.nextInt(1_000_000)),
                    OpeningHoursSpec.parse(hours.get(random.nextInt(hours.size())))));
        }
        return shops;
    }

    /** Specialists per category in proportion to the products per category, largest remainder first. */
    static List<String> specialistCategories(int count, Map<String, Integer> weights) {
        List<String> slugs = List.copyOf(weights.keySet());
        long total = slugs.stream().mapToLong(weights::get).sum();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int assigned = 0;
        for (String slug : slugs) {
            int n = (int) ((long) count * weights.get(slug) / total);
            counts.put(slug, n);
            assigned += n;
        }
        List<String> byRemainder = new ArrayList<>(slugs);
        byRemainder.sort((a, b) -> Long.compare((long) count * weights.get(b) % total,
                (long) count * weights.get(a) % total));
        for (int k = 0; assigned < count; k++, assigned++) {
            counts.merge(byRemainder.get(k % byRemainder.size()), 1, Integer::sum);
        }
        List<String> result = new ArrayList<>(count);
        counts.forEach((slug, n) -> {
            for (int i = 0; i < n; i++) {
                result.add(slug);
            }
        });
        return result;
    }

    /** Draws names until one is free; after many draws a number tells it apart (only for very many shops). */
    private static String uniqueName(List<String> patterns, SplittableRandom random, Set<String> slugs) {
        String name = null;
        for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
            String pattern = patterns.get(random.nextInt(patterns.size()));
            String who = random.nextInt(4) == 0 ? LOCAL_NAMES.get(random.nextInt(LOCAL_NAMES.size()))
                    : FAMILY_NAMES.get(random.nextInt(FAMILY_NAMES.size()));
            name = String.format(Locale.ROOT, pattern, who);
            if (slugs.add(slug(name))) {
                return name;
            }
        }
        String numbered = name + " " + (slugs.size() + 1);
        slugs.add(slug(numbered));
        return numbered;
    }

    static String slug(String name) {
        String ascii = name.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /**
     * Six in ten shops lie in the pedestrian zone (600 m), three in the inner city, one farther out.
     *
     * @return latitude, longitude and the distance from the centre in km
     */
    private static double[] location(CatalogSpec spec, SplittableRandom random) {
        double zone = random.nextDouble();
        double inner = Math.min(0.6, spec.radiusKm());
        double middle = Math.min(1.5, spec.radiusKm());
        double km;
        if (zone < 0.6) {
            km = inner * Math.sqrt(random.nextDouble());
        } else if (zone < 0.9) {
            km = inner + (middle - inner) * random.nextDouble();
        } else {
            km = middle + (spec.radiusKm() - middle) * random.nextDouble();
        }
        km = Math.min(km, spec.radiusKm() * 0.999);
        double angle = random.nextDouble() * 2 * Math.PI;
        double lat = spec.centreLat() + km * Math.cos(angle) / KM_PER_DEGREE;
        double lon = spec.centreLon()
                + km * Math.sin(angle) / (KM_PER_DEGREE * Math.cos(Math.toRadians(spec.centreLat())));
        return new double[] {round6(lat), round6(lon), km};
    }

    private static double round6(double value) {
        return Math.round(value * 1_000_000) / 1_000_000.0;
    }

    private static List<BenchOffer> offers(CatalogSpec spec, List<BenchShop> shops, List<DemoProduct> products,
            SplittableRandom random, Instant now) {
        int[] shopsPerProduct = shopsPerProduct(spec, random);
        Map<String, List<BenchShop>> candidates = candidatesByCategory(shops);
        List<BenchOffer> offers = new ArrayList<>(spec.offers());
        for (int p = 0; p < products.size(); p++) {
            DemoProduct product = products.get(p);
            for (BenchShop shop : pickShops(candidates.get(product.category()), shopsPerProduct[p], random)) {
                boolean soldOut = random.nextInt(100) < spec.zeroStockPercent();
                int quantity = soldOut ? 0 : 1 + Math.min(59, (int) (-Math.log(1 - random.nextDouble()) * 6));
                Instant updated = now.minus(Duration.ofMinutes(random.nextLong(MAX_STOCK_AGE_MINUTES)));
                offers.add(new BenchOffer(p + 1L, shop.id(), shopPrice(product.priceCents(), random), quantity,
                        updated));
            }
        }
        return offers;
    }

    /** 1 to 8 shops per product, drawn by the shares above and then nudged until they add up to the offer count. */
    private static int[] shopsPerProduct(CatalogSpec spec, SplittableRandom random) {
        int[] counts = new int[spec.products()];
        long sum = 0;
        for (int p = 0; p < counts.length; p++) {
            int draw = random.nextInt(100);
            int k = 0;
            while (draw >= SHOPS_PER_PRODUCT_PERCENT[k]) {
                draw -= SHOPS_PER_PRODUCT_PERCENT[k];
                k++;
            }
            counts[p] = k + 1;
            sum += counts[p];
        }
        while (sum != spec.offers()) {
            int p = random.nextInt(counts.length);
            if (sum > spec.offers() && counts[p] > 1) {
                counts[p]--;
                sum--;
            } else if (sum < spec.offers() && counts[p] < CatalogSpec.MAX_SHOPS_PER_PRODUCT) {
                counts[p]++;
                sum++;
            }
        }
        return counts;
    }

    /** Specialists of a category appear {@value #SPECIALIST_WEIGHT} times, department stores once. */
    private static Map<String, List<BenchShop>> candidatesByCategory(List<BenchShop> shops) {
        Map<String, List<BenchShop>> candidates = new HashMap<>();
        for (String category : DemoCatalog.CATEGORIES) {
            List<BenchShop> weighted = new ArrayList<>();
            for (BenchShop shop : shops) {
                if (shop.departmentStore()) {
                    weighted.add(shop);
                } else if (shop.category().equals(category)) {
                    for (int i = 0; i < SPECIALIST_WEIGHT; i++) {
                        weighted.add(shop);
                    }
                }
            }
            if (new HashSet<>(weighted).size() < CatalogSpec.MAX_SHOPS_PER_PRODUCT) {
                throw new IllegalStateException("too few shops carry " + category + " for "
                        + CatalogSpec.MAX_SHOPS_PER_PRODUCT + " offers per product");
            }
            candidates.put(category, weighted);
        }
        return candidates;
    }

    private static List<BenchShop> pickShops(List<BenchShop> weighted, int count, SplittableRandom random) {
        Set<BenchShop> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(weighted.get(random.nextInt(weighted.size())));
        }
        return List.copyOf(picked);
    }

    /** The shop's price: the recommended price give or take a few percent, on a usual price ending. */
    private static long shopPrice(long recommendedCents, SplittableRandom random) {
        double factor = 0.88 + random.nextDouble() * 0.20;
        long euros = Math.max(1, Math.round(recommendedCents * factor / 100));
        int ending = CENT_ENDINGS[random.nextInt(CENT_ENDINGS.length)];
        return ending == 0 ? euros * 100 : euros * 100 - 100 + ending;
    }
}
