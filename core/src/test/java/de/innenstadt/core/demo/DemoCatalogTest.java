// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import de.innenstadt.core.catalog.Gtin;
import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCatalogTest {

    private static final long SEED = 20_261_122L;
    private static final int COUNT = 5_000;

    private static final List<DemoShop> SHOPS = DemoShops.load();
    private static final List<DemoProduct> PRODUCTS = DemoCatalog.generate(SEED, COUNT);
    private static final List<DemoOffer> OFFERS = DemoAssortment.assign(SHOPS, PRODUCTS, SEED);

    @Test
    void generatesFiveThousandProductsInUnderASecond() {
        List<DemoProduct> products =
                assertTimeout(Duration.ofSeconds(1), () -> DemoCatalog.generate(SEED + 1, COUNT));

        assertThat(products).hasSize(COUNT);
    }

    @Test
    void sameSeedGivesTheSameCatalogueAndAnotherSeedDoesNot() {
        assertThat(DemoCatalog.generate(SEED, COUNT)).isEqualTo(PRODUCTS);
        assertThat(DemoCatalog.generate(SEED + 1, COUNT)).isNotEqualTo(PRODUCTS);
    }

    @Test
    void gtinsAreValidUniqueAndCarryGermanOrBooklandPrefixes() {
        assertThat(PRODUCTS).extracting(DemoProduct::gtin).doesNotHaveDuplicates();
        for (DemoProduct product : PRODUCTS) {
            Gtin gtin = new Gtin(product.gtin());
            assertThat(product.gtin()).hasSize(13);
            assertThat(gtin.isInStoreNumber()).as(product.gtin()).isFalse();
            if (product.category().equals("buecher")) {
                assertThat(gtin.isBook()).as(product.gtin()).isTrue();
            } else {
                assertThat(Integer.parseInt(product.gtin().substring(0, 3))).as(product.gtin()).isBetween(400, 440);
            }
        }
    }

    @Test
    void titlesAreUniqueWithoutFallbackSuffixes() {
        assertThat(PRODUCTS).extracting(DemoProduct::title).doesNotHaveDuplicates()
                .noneMatch(title -> title.contains("Variante") || title.contains("{") || title.contains("}"));
    }

    @Test
    void everyCategoryGetsItsShare() {
        Map<String, Long> perCategory = PRODUCTS.stream().collect(groupingBy(DemoProduct::category, counting()));

        assertThat(perCategory.keySet()).containsExactlyInAnyOrderElementsOf(DemoCatalog.CATEGORIES);
        perCategory.forEach((category, count) -> assertThat(count).as(category).isGreaterThanOrEqualTo(COUNT / 20));
    }

    @Test
    void pricesStayWithinRealisticRangesPerCategory() {
        Map<String, long[]> rangesInCents = Map.of(
                "mode", new long[] {800, 35_000}, "schuhe", new long[] {500, 25_000},
                "buecher", new long[] {800, 3_000}, "spielwaren", new long[] {400, 20_000},
                "haushalt", new long[] {500, 70_000}, "elektronik", new long[] {1_000, 90_000},
                "feinkost", new long[] {200, 8_000}, "drogerie", new long[] {100, 5_000},
                "sport", new long[] {500, 90_000});
        for (DemoProduct product : PRODUCTS) {
            long[] range = rangesInCents.get(product.category());
            assertThat(product.priceCents()).as(product.title()).isBetween(range[0], range[1]);
        }
    }

    @Test
    void brandsDescriptionsAndImagesAreFilledSensibly() {
        for (DemoProduct product : PRODUCTS) {
            assertThat(product.brand()).isNotBlank();
            assertThat(product.description()).as(product.title())
                    .endsWith(".").doesNotContain(". ").doesNotContain("{").contains(product.brand());
            assertThat(product.imagePath()).as("the drawn illustration, never a made-up photo path")
                    .isEqualTo("/images/illustration/" + product.gtin());
        }
    }

    @Test
    void vocabularyCoversWordsTheSearchSuiteNeeds() {
        Map<String, List<String>> titles = PRODUCTS.stream().collect(
                groupingBy(DemoProduct::category, Collectors.mapping(DemoProduct::title, Collectors.toList())));

        assertThat(titles.get("schuhe").stream().filter(t -> t.toLowerCase().contains("schuh")).count())
                .isGreaterThan(titles.get("schuhe").size() * 2L / 5);
        assertThat(titles.get("elektronik")).anyMatch(t -> t.startsWith("Smartphone "))
                .anyMatch(t -> t.contains("Smartphone Hülle"))
                .anyMatch(t -> t.contains("Handy")).anyMatch(t -> t.contains("handy"));
        assertThat(titles.get("schuhe")).anyMatch(t -> t.contains("Sneaker")).anyMatch(t -> t.contains("Turnschuhe"));
        assertThat(titles.get("sport")).anyMatch(t -> t.contains("Sneaker")).anyMatch(t -> t.contains("Turnschuhe"))
                .anyMatch(t -> t.startsWith("Laufschuhe Herren")).anyMatch(t -> t.startsWith("Fahrradhelm Erwachsene"))
                .anyMatch(t -> t.contains("Fahrräder"));
        assertThat(titles.get("schuhe")).anyMatch(t -> t.startsWith("Damen Winterstiefel Leder schwarz"))
                .anyMatch(t -> t.startsWith("Kinderschuhe Klettverschluss blau Gr. "));
        assertThat(titles.get("haushalt")).anyMatch(t -> t.contains("Kaffeemaschine mit Mahlwerk"))
                .anyMatch(t -> t.contains("Hängeleuchte")).anyMatch(t -> t.contains("Küchenwaage"));
        assertThat(titles.get("elektronik")).anyMatch(t -> t.contains("Glühbirne"));
        assertThat(titles.get("feinkost")).anyMatch(t -> t.startsWith("Bio Müsli "));
        assertThat(titles.get("drogerie")).anyMatch(t -> t.contains("Zahnpasta sensitiv 75 ml"));
        assertThat(titles.get("spielwaren")).anyMatch(t -> t.startsWith("Holzeisenbahn Starterset"));
        assertThat(titles.get("buecher")).anyMatch(t -> t.startsWith("Roman Taschenbuch: "));
    }

    @Test
    void smallAndEmptyCataloguesWork() {
        assertThat(DemoCatalog.generate(1, 0)).isEmpty();
        assertThat(DemoCatalog.generate(1, 7)).hasSize(7);
        assertThatThrownBy(() -> DemoCatalog.generate(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vocabularyMistakesAreReportedWithFileAndLine() {
        assertThatThrownBy(() -> parseVocabulary("[marken]\nA\n[beschreibung]\nB.\n[artikel]\nSocken {farbe} | 5-9\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.txt:6: no section [farbe]");
        assertThatThrownBy(() -> parseVocabulary("[marken]\nA\n[artikel]\nSocken | 9-5\n[beschreibung]\nB.\n"))
                .hasMessageStartingWith("test.txt:4: ");
        assertThatThrownBy(() -> parseVocabulary("[marken]\nA\n[artikel]\nSocken | 5-9\n"))
                .hasMessageContaining("[beschreibung]");
    }

    private static ProductVocabulary parseVocabulary(String text) throws Exception {
        return ProductVocabulary.parse(new BufferedReader(new StringReader(text)), "test.txt");
    }

    @Test
    void everyStoreHasAtLeastFiftyOffers() {
        Map<String, Long> offersPerStore = OFFERS.stream()
                .collect(groupingBy(o -> o.shopSlug() + "|" + o.storeName(), counting()));

        assertThat(offersPerStore).hasSize(SHOPS.size());
        offersPerStore.forEach((store, count) -> assertThat(count).as(store).isGreaterThanOrEqualTo(50));
    }

    @Test
    void everyProductIsOfferedByOneToFourStoresOfItsCategory() {
        Map<String, DemoShop> storeByKey = SHOPS.stream()
                .collect(Collectors.toMap(s -> s.slug() + "|" + s.storeName(), Function.identity()));
        Map<String, List<DemoOffer>> offersByGtin = OFFERS.stream().collect(groupingBy(DemoOffer::gtin));

        assertThat(offersByGtin).hasSize(PRODUCTS.size());
        for (DemoProduct product : PRODUCTS) {
            List<DemoOffer> offers = offersByGtin.get(product.gtin());
            assertThat(offers).as(product.title()).hasSizeBetween(1, 4);
            assertThat(offers.stream().map(o -> o.shopSlug() + "|" + o.storeName()).distinct())
                    .hasSize(offers.size());
            for (DemoOffer offer : offers) {
                assertThat(storeByKey.get(offer.shopSlug() + "|" + offer.storeName()).category())
                        .isEqualTo(product.category());
            }
        }
    }

    @Test
    void offerPricesDeviateAtMostTenPercentAndBooksKeepTheirFixedPrice() {
        Map<String, DemoProduct> productByGtin = PRODUCTS.stream()
                .collect(Collectors.toMap(DemoProduct::gtin, Function.identity()));
        for (DemoOffer offer : OFFERS) {
            DemoProduct product = productByGtin.get(offer.gtin());
            if (product.category().equals("buecher")) {
                assertThat(offer.priceCents()).isEqualTo(product.priceCents());
            } else {
                assertThat(offer.priceCents() * 10).as(product.title())
                        .isBetween(product.priceCents() * 9, product.priceCents() * 11);
            }
        }
        assertThat(OFFERS.stream().collect(groupingBy(DemoOffer::gtin)).values())
                .anyMatch(offers -> offers.stream().map(DemoOffer::priceCents).distinct().count() > 1);
    }

    @Test
    void stockIncludesSoldOutAndAlmostSoldOutOffers() {
        long soldOut = OFFERS.stream().filter(o -> o.quantity() == 0).count();
        long lowStock = OFFERS.stream().filter(o -> o.quantity() == 1 || o.quantity() == 2).count();

        assertThat(OFFERS).allMatch(o -> o.quantity() >= 0 && o.quantity() <= 25);
        assertThat((double) soldOut / OFFERS.size()).isBetween(0.07, 0.13);
        assertThat((double) lowStock / OFFERS.size()).isBetween(0.12, 0.18);
    }

    @Test
    void assignmentIsDeterministicPerSeed() {
        assertThat(DemoAssortment.assign(SHOPS, PRODUCTS, SEED)).isEqualTo(OFFERS);
        assertThat(DemoAssortment.assign(SHOPS, PRODUCTS, SEED + 1)).isNotEqualTo(OFFERS);
    }

    @Test
    void smallerCataloguesAreToppedUpToFiftyOffersPerStore() {
        List<DemoProduct> products = DemoCatalog.generate(SEED, 1_000);
        Map<String, Long> offersPerStore = DemoAssortment.assign(SHOPS, products, SEED).stream()
                .collect(groupingBy(o -> o.shopSlug() + "|" + o.storeName(), counting()));

        assertThat(offersPerStore).hasSize(SHOPS.size())
                .allSatisfy((store, count) -> assertThat(count).as(store).isGreaterThanOrEqualTo(50));
    }

    @Test
    void productsOfACategoryWithoutStoresAreRejected() {
        List<DemoShop> onlyBooks = SHOPS.stream().filter(s -> s.category().equals("buecher")).toList();

        assertThatThrownBy(() -> DemoAssortment.assign(onlyBooks, PRODUCTS, SEED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no demo store sells category");
    }

    /**
     * Food and drugstore packs carry their content, so demo pages show the Grundpreis the law asks for; sizes of
     * other goods (a 28 cm pan, a 60 l rucksack) are no content.
     */
    @Test
    void foodAndDrugstorePacksCarryTheirContent() {
        List<DemoProduct> food = PRODUCTS.stream().filter(p -> p.category().equals("feinkost")).toList();
        assertThat(food.stream().filter(p -> p.netContent().isPresent()).count())
                .as("food with a content").isGreaterThan(food.size() / 2);
        assertThat(PRODUCTS.stream().filter(p -> !Set.of("feinkost", "drogerie").contains(p.category()))
                .filter(p -> p.netContent().isPresent()).toList()).isEmpty();
        assertThat(PRODUCTS.stream().filter(p -> p.title().endsWith(" 0,75 l")).findFirst().orElseThrow().netContent()
                .orElseThrow().canonical()).isEqualTo("0.75 l");
    }
}
