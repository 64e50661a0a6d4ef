// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.seo;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.inventory.Money;
import de.innenstadt.core.inventory.OfferListing;
import de.innenstadt.core.inventory.ProductListing;
import de.innenstadt.core.merchant.GeoPoint;
import de.innenstadt.core.merchant.OpeningCalendar;
import de.innenstadt.core.merchant.OpeningInterval;
import de.innenstadt.core.merchant.PostalAddress;
import de.innenstadt.core.merchant.ShopDirectory.ShopProfile;
import de.innenstadt.core.merchant.ShopDirectory.StoreProfile;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    private static final List<OpeningInterval> WEEK = List.of(
            new OpeningInterval(DayOfWeek.MONDAY, LocalTime.of(9, 30), LocalTime.of(18, 30)));
    private static final StoreProfile STORE = new StoreProfile(7, 3, "schuhhaus", "Schuhhaus", "Schuhhaus am Markt",
            new PostalAddress("Marktstraße", "1", "67655", "Kaiserslautern"), GeoPoint.of(49.4445, 7.7690), "0631 1",
            null, true, null, 30, new OpeningCalendar(WEEK, Map.of()), List.of());

    @Test
    void aProductHasAnOfferPerStoreWithWhereToCollectIt() {
        ProductListing product = new ProductListing(42, "4006381333931", "Wanderschuh </script><b>", "Trittfest",
                "schuhe", "Schuhe", null, null, ProductListing.ArticleVariant.single(42, "Wanderschuh"), List.of(new OfferListing(9, 7, "Schuhhaus am Markt", 3, "schuhhaus",
                        "Schuhhaus", GeoPoint.of(49.4445, 7.7690), new Money(8990, "EUR"), 5, 2, Instant.now(), true, WEEK)), null);

        String script = JsonLd.product(product, "Schuhe", Map.of(7L, STORE), "https://innenstadt.example");

        assertThat(script).doesNotContain("</script>").doesNotContain("<b>");
        JsonObject json = parse(script);
        assertThat(json.getString("@type")).isEqualTo("Product");
        assertThat(json.getString("name")).isEqualTo("Wanderschuh </script><b>");
        assertThat(json.getString("gtin13")).isEqualTo("4006381333931");
        JsonObject offer = json.getJsonArray("offers").getJsonObject(0);
        assertThat(offer.getString("price")).isEqualTo("89.90");
        assertThat(offer.getString("availability")).isEqualTo("https://schema.org/LimitedAvailability");
        assertThat(offer.getJsonObject("availableAtOrFrom").getString("url"))
                .isEqualTo("https://innenstadt.example/shop?slug=schuhhaus");
    }

    /** The Grundpreis as schema.org's UnitPriceSpecification, per the legal base unit (UN/ECE code KGM). */
    @Test
    void aPackSoldByWeightCarriesItsPricePerKilogram() {
        ProductListing coffee = new ProductListing(45, "4006381333931", "Kaffee 500 g", null, "feinkost", "Feinkost", null, null,
                ProductListing.ArticleVariant.single(45, "Kaffee 500 g"), List.of(new OfferListing(10, 7, "Schuhhaus am Markt", 3,
                        "schuhhaus", "Schuhhaus", GeoPoint.of(49.4445, 7.7690), new Money(699, "EUR"), 5, 0, Instant.now(), true,
                        WEEK)), NetContent.parse("500 g").orElseThrow());

        JsonObject unit = parse(JsonLd.product(coffee, "Feinkost", Map.of(7L, STORE), "https://innenstadt.example"))
                .getJsonArray("offers").getJsonObject(0).getJsonObject("priceSpecification");

        assertThat(unit.getString("@type")).isEqualTo("UnitPriceSpecification");
        assertThat(unit.getString("price")).isEqualTo("13.98");
        assertThat(unit.getJsonObject("referenceQuantity").getString("unitCode")).isEqualTo("KGM");
        assertThat(unit.getJsonObject("referenceQuantity").getInt("value")).isEqualTo(1);
    }

    @Test
    void anUploadedPhotoStoredByItsPathGetsAnAbsoluteImageAddress() {
        ProductListing uploaded = new ProductListing(43, "4006381333931", "Tasche", null, "taschen", "Taschen", null,
                "/images/product/43", ProductListing.ArticleVariant.single(43, "Tasche"), List.of(), null);
        ProductListing linked = new ProductListing(44, "4006381333931", "Tasche", null, "taschen", "Taschen", null,
                "https://cdn.example/tasche.jpg", ProductListing.ArticleVariant.single(44, "Tasche"), List.of(), null);

        assertThat(parse(JsonLd.product(uploaded, "Taschen", Map.of(), "https://innenstadt.example")).getString("image"))
                .isEqualTo("https://innenstadt.example/images/product/43");
        assertThat(parse(JsonLd.product(linked, "Taschen", Map.of(), "https://innenstadt.example")).getString("image"))
                .isEqualTo("https://cdn.example/tasche.jpg");
    }

    @Test
    void aStoreHasItsWeeklyHoursAndClosedHolidays() {
        ShopProfile shop = new ShopProfile(3, "schuhhaus", "Schuhhaus", "Schuhe seit 1950", "schuhe", null, null, null,
                List.of(STORE));

        JsonObject json = parse(JsonLd.shop(shop, Map.of(7L, List.of(new JsonLd.SpecialHours(LocalDate.of(2026, 12, 25),
                List.of()))), "https://innenstadt.example"));

        JsonObject store = json.getJsonArray("@graph").getJsonObject(0);
        assertThat(store.getString("@type")).isEqualTo("Store");
        JsonObject monday = store.getJsonArray("openingHoursSpecification").getJsonObject(0);
        assertThat(monday.getString("dayOfWeek")).isEqualTo("https://schema.org/Monday");
        assertThat(monday.getString("opens")).isEqualTo("09:30");
        assertThat(monday.getString("closes")).isEqualTo("18:30");
        JsonObject christmas = store.getJsonArray("specialOpeningHoursSpecification").getJsonObject(0);
        assertThat(christmas.getString("validFrom")).isEqualTo("2026-12-25");
        assertThat(christmas.getString("opens")).isEqualTo(christmas.getString("closes"));
    }

    private static JsonObject parse(String script) {
        return Json.createReader(new StringReader(script)).readObject();
    }
}
