// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.catalog.Gtin;
import de.innenstadt.core.demo.DemoCatalog;
import de.innenstadt.core.demo.DemoProduct;
import de.innenstadt.core.merchant.GeoPoint;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final CatalogSpec SMALL = new CatalogSpec(7L, 40, 2_000, 8_000, 10,
            CatalogSpec.KAISERSLAUTERN_LAT, CatalogSpec.KAISERSLAUTERN_LON, 3.0);

    private static BenchCatalog catalog;

    @BeforeAll
    static void generate() {
        catalog = CatalogGenerator.generate(SMALL, NOW);
    }

    @Test
    void makesExactlyTheRequestedCounts() {
        assertThat(catalog.shops()).hasSize(40);
        assertThat(catalog.products()).hasSize(2_000);
        assertThat(catalog.offers()).hasSize(8_000);
    }

    @Test
    void isTheSameForTheSameSeed() {
        BenchCatalog again = CatalogGenerator.generate(SMALL, NOW);
        assertThat(again.shops()).isEqualTo(catalog.shops());
        assertThat(again.offers()).isEqualTo(catalog.offers());
    }

    @Test
    void everyProductHasOneToEightDistinctShopsOfItsCategory() {
        Map<Long, Set<Long>> shopsByProduct = new HashMap<>();
        for (BenchOffer offer : catalog.offers()) {
            assertThat(shopsByProduct.computeIfAbsent(offer.productId(), id -> new HashSet<>()).add(offer.shopId()))
                    .as("product %d offered twice by shop %d", offer.productId(), offer.shopId()).isTrue();
            BenchShop shop = catalog.shops().get((int) offer.shopId() - 1);
            DemoProduct product = catalog.product(offer.productId());
            assertThat(shop.departmentStore() || shop.category().equals(product.category())).isTrue();
        }
        assertThat(shopsByProduct).hasSize(2_000);
        assertThat(shopsByProduct.values()).allSatisfy(shops -> assertThat(shops.size()).isBetween(1, 8));
    }

    @Test
    void aboutOneOfferInTenIsSoldOut() {
        long soldOut = catalog.offers().stream().filter(o -> o.quantity() == 0).count();
        assertThat(soldOut).isBetween(600L, 1_000L);
        assertThat(catalog.offers()).allSatisfy(o -> {
            assertThat(o.quantity()).isBetween(0, 60);
            assertThat(o.priceCents()).isPositive();
            assertThat(o.stockUpdatedAt()).isBeforeOrEqualTo(NOW);
        });
    }

    @Test
    void shopsLieWithinTheRadiusAndHaveUniqueSlugsAndHours() {
        GeoPoint centre = GeoPoint.of(SMALL.centreLat(), SMALL.centreLon());
        assertThat(catalog.shops()).allSatisfy(shop -> {
            assertThat(centre.distanceKm(GeoPoint.of(shop.lat(), shop.lon()))).isLessThanOrEqualTo(3.0);
            assertThat(shop.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(shop.openings()).isNotEmpty();
            assertThat(shop.postalCode()).matches("67\\d{3}");
        });
        assertThat(catalog.shops().stream().map(BenchShop::slug).distinct()).hasSize(40);
        assertThat(catalog.shops().stream().filter(BenchShop::departmentStore))
                .hasSize(CatalogGenerator.DEPARTMENT_STORES);
    }

    @Test
    void productsHaveValidGtinsAndGermanCategories() {
        assertThat(catalog.products()).allSatisfy(p -> {
            assertThat(Gtin.problemWith(p.gtin())).isNull();
            assertThat(DemoCatalog.CATEGORIES).contains(p.category());
        });
    }

    @Test
    void specialistsFollowTheCategoryWeights() {
        assertThat(CatalogGenerator.specialistCategories(10, Map.of("a", 7, "b", 3)))
                .containsExactlyInAnyOrder("a", "a", "a", "a", "a", "a", "a", "b", "b", "b");
        Map<String, Integer> uneven = new LinkedHashMap<>();
        uneven.put("a", 1);
        uneven.put("b", 1);
        uneven.put("c", 1);
        assertThat(CatalogGenerator.specialistCategories(10, uneven)).hasSize(10).containsOnly("a", "b", "c");
    }

    @Test
    void slugsAreAscii() {
        assertThat(CatalogGenerator.slug("Bücherstube am Schillerplatz")).isEqualTo("buecherstube-am-schillerplatz");
        assertThat(CatalogGenerator.slug("Schuh-Eck Weiß")).isEqualTo("schuh-eck-weiss");
    }
}
