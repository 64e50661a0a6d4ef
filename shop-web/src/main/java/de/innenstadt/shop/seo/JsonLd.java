// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.seo;

import de.innenstadt.core.inventory.Availability;
import de.innenstadt.core.inventory.OfferListing;
import de.innenstadt.core.inventory.UnitPrice;
import de.innenstadt.core.inventory.ProductListing;
import de.innenstadt.core.merchant.OpeningInterval;
import de.innenstadt.core.merchant.PostalAddress;
import de.innenstadt.core.merchant.ShopDirectory.ShopProfile;
import de.innenstadt.core.merchant.ShopDirectory.StoreProfile;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * schema.org descriptions of product and shop pages, so search engines and maps can show price,
 * stock and opening hours of a city-centre shop next to those of the big platforms. Written as
 * JSON for a {@code <script type="application/ld+json">} block.
 */
public final class JsonLd {

    private static final String SCHEMA = "https://schema.org";
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private JsonLd() {
    }

    /**
     * A {@code Product} with one {@code Offer} per store.
     *
     * @param stores the stores of the offers by id; offers of stores not given are left out
     */
    public static String product(ProductListing product, String categoryName, Map<Long, StoreProfile> stores,
            String publicUrl) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", SCHEMA)
                .add("@type", "Product")
                .add("@id", publicUrl + "/product?id=" + product.productId())
                .add("url", publicUrl + "/product?id=" + product.productId())
                .add("name", product.title())
                .add("productID", String.valueOf(product.productId()));
        if (product.gtin() != null) {
            json.add(product.gtin().length() == 13 ? "gtin13" : "gtin", product.gtin());
        }
        addIfPresent(json, "description", product.description());
        addIfPresent(json, "category", categoryName);
        addIfPresent(json, "image", absolute(product.imageUrl(), publicUrl));
        if (product.brand() != null && !product.brand().isBlank()) {
            json.add("brand", Json.createObjectBuilder().add("@type", "Brand").add("name", product.brand()));
        }
        JsonArrayBuilder offers = Json.createArrayBuilder();
        for (OfferListing offer : product.offers()) {
            StoreProfile store = stores.get(offer.storeId());
            if (store != null) {
                JsonObjectBuilder offerJson = Json.createObjectBuilder();
                UnitPrice.of(offer.price(), product.netContent()).ifPresent(unit -> offerJson.add("priceSpecification",
                        Json.createObjectBuilder().add("@type", "UnitPriceSpecification")
                                .add("price", unit.price().toDecimalString()).add("priceCurrency", unit.price().currency())
                                .add("referenceQuantity", Json.createObjectBuilder().add("@type", "QuantitativeValue")
                                        .add("value", 1).add("unitCode", product.netContent().unit().base().uneceCode()))));
                offers.add(offerJson
                        .add("@type", "Offer")
                        .add("price", offer.price().toDecimalString())
                        .add("priceCurrency", offer.price().currency())
                        .add("availability", availability(offer.availability()))
                        .add("itemCondition", SCHEMA + "/NewCondition")
                        .add("availableDeliveryMethod", "http://purl.org/goodrelations/v1#DeliveryModePickUp")
                        .add("seller", Json.createObjectBuilder().add("@type", "Organization")
                                .add("name", store.merchantName()))
                        .add("availableAtOrFrom", store(store, publicUrl, false)));
            }
        }
        json.add("offers", offers);
        return script(json.build());
    }

    /** Search engines need an absolute image address; a photo uploaded in the portal is stored by its path on this site. */
    private static String absolute(String url, String publicUrl) {
        return url != null && url.startsWith("/") ? publicUrl + url : url;
    }

    /** One {@code Store} per store of a shop, with weekly hours and the special days given. */
    public static String shop(ShopProfile shop, Map<Long, List<SpecialHours>> specialDays, String publicUrl) {
        JsonArrayBuilder graph = Json.createArrayBuilder();
        for (StoreProfile store : shop.stores()) {
            JsonObjectBuilder json = store(store, publicUrl, true);
            addIfPresent(json, "description", shop.description());
            JsonArrayBuilder special = Json.createArrayBuilder();
            for (SpecialHours day : specialDays.getOrDefault(store.storeId(), List.of())) {
                JsonObjectBuilder spec = Json.createObjectBuilder()
                        .add("@type", "OpeningHoursSpecification")
                        .add("validFrom", day.date().toString())
                        .add("validThrough", day.date().toString());
                if (day.intervals().isEmpty()) {
                    spec.add("opens", "00:00").add("closes", "00:00");
                    special.add(spec);
                } else {
                    for (OpeningInterval interval : day.intervals()) {
                        special.add(Json.createObjectBuilder(spec.build())
                                .add("opens", HOUR_MINUTE.format(interval.opens()))
                                .add("closes", HOUR_MINUTE.format(interval.closes())));
                    }
                }
            }
            json.add("specialOpeningHoursSpecification", special);
            graph.add(json);
        }
        return script(Json.createObjectBuilder().add("@context", SCHEMA).add("@graph", graph).build());
    }

    /** The hours of one date that differs from the weekly plan (a holiday or an exception); empty means closed. */
    public record SpecialHours(LocalDate date, List<OpeningInterval> intervals) {
    }

    private static JsonObjectBuilder store(StoreProfile store, String publicUrl, boolean withHours) {
        PostalAddress address = store.address();
        String url = publicUrl + "/shop?slug=" + store.merchantSlug();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@type", "Store")
                .add("@id", url + "#store-" + store.storeId())
                .add("name", store.name())
                .add("url", url)
                .add("address", Json.createObjectBuilder()
                        .add("@type", "PostalAddress")
                        .add("streetAddress", address.streetLine())
                        .add("postalCode", address.postalCode())
                        .add("addressLocality", address.city())
                        .add("addressCountry", "DE"))
                .add("geo", Json.createObjectBuilder()
                        .add("@type", "GeoCoordinates")
                        .add("latitude", store.location().latitude())
                        .add("longitude", store.location().longitude()));
        addIfPresent(json, "telephone", store.phone());
        if (withHours) {
            JsonArrayBuilder hours = Json.createArrayBuilder();
            for (OpeningInterval interval : store.calendar().weekly()) {
                hours.add(Json.createObjectBuilder()
                        .add("@type", "OpeningHoursSpecification")
                        .add("dayOfWeek", SCHEMA + "/" + dayName(interval.day()))
                        .add("opens", HOUR_MINUTE.format(interval.opens()))
                        .add("closes", HOUR_MINUTE.format(interval.closes())));
            }
            json.add("openingHoursSpecification", hours);
        }
        return json;
    }

    private static String dayName(DayOfWeek day) {
        String name = day.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String availability(Availability availability) {
        return SCHEMA + switch (availability) {
            case IN_STOCK -> "/InStock";
            case LIMITED -> "/LimitedAvailability";
            case OUT_OF_STOCK -> "/OutOfStock";
        };
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value);
        }
    }

    /** JSON that cannot end the script element it sits in, whatever a merchant typed. */
    private static String script(JsonObject json) {
        return json.toString().replace("<", "\\u003c");
    }
}
