// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.inventory.Availability;
import de.innenstadt.core.inventory.OfferListing;
import de.innenstadt.core.inventory.ProductListing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A product as stored in Elasticsearch: one document per product, its offers nested, so that a hit
 * is a product with the stores that have it and filters such as "in stock within 2 km" apply to the
 * same offer. Variants of one article share {@code articleKey}; search collapses them into one hit,
 * which says what the whole article offers from its own document ({@code articleColors},
 * {@code articleSizes}, {@code variantCount}, {@code articleStores}: „in 6 Größen, 3 Farben, bei 4
 * Geschäften“), so a search needs no inner search per hit (ADR 0002). {@code netContent} is the canonical
 * content („0.75 l“, {@link NetContent#canonical}) that results compute the Grundpreis from, or {@code null}.
 */
public record ProductDocument(
        long productId,
        String gtin,
        String title,
        String brand,
        String category,
        String categoryName,
        String type,
        String typeHead,
        String articleKey,
        String articleTitle,
        String color,
        String size,
        List<String> articleColors,
        List<String> articleSizes,
        int variantCount,
        int articleStores,
        List<String> suggestWords,
        String description,
        String imageUrl,
        String netContent,
        Long minPriceCents,
        boolean inStock,
        List<OfferDocument> offers) {

    /**
     * One store's offer inside a product document. {@code available} is capped at
     * {@link Availability#IN_STOCK_FROM} ({@link Availability#searchRelevant}): search shows only the
     * availability class, and the cap lets reservations skip re-indexing while plenty is left.
     */
    public record OfferDocument(
            long offerId,
            long storeId,
            String storeName,
            long merchantId,
            String merchantSlug,
            String merchantName,
            GeoLocation location,
            long priceCents,
            String currency,
            int quantity,
            int available,
            Instant stockUpdatedAt) {
    }

    /** Elasticsearch's geo_point object form. */
    public record GeoLocation(double lat, double lon) {
    }

    /** The compound parts that tell a product's head noun („spray“ of „Imprägnierspray“). */
    private static final QueryDecompounder WORDS = QueryDecompounder.bundled();

    public static ProductDocument of(ProductListing listing) {
        List<OfferDocument> offers = listing.offers().stream().map(ProductDocument::offer).toList();
        Long minPrice = offers.stream().map(OfferDocument::priceCents).min(Long::compare).orElse(null);
        boolean inStock = offers.stream().anyMatch(o -> o.available() > 0);
        ProductType type = ProductType.of(listing.title(), listing.brand(), WORDS);
        return new ProductDocument(listing.productId(), listing.gtin(), listing.title(), listing.brand(),
                listing.category(), listing.categoryName(), type.type(), type.head(), listing.variant().articleKey(),
                listing.variant().articleTitle(), listing.variant().color(), listing.variant().size(),
                listing.variant().range().colors(), listing.variant().range().sizes(),
                listing.variant().range().variantCount(), listing.variant().range().storeCount(),
                suggestWords(listing), listing.description(), listing.imageUrl(),
                listing.netContent() == null ? null : listing.netContent().canonical(), minPrice,
                inStock, offers);
    }

    private static OfferDocument offer(OfferListing o) {
        return new OfferDocument(o.offerId(), o.storeId(), o.storeName(), o.merchantId(), o.merchantSlug(),
                o.merchantName(), new GeoLocation(o.location().latitude().doubleValue(),
                        o.location().longitude().doubleValue()),
                o.price().cents(), o.price().currency(), o.quantity(), Availability.searchRelevant(o.available()),
                o.stockUpdatedAt());
    }

    /**
     * The nouns of the title that the search box may complete to („Kaffeemaschine“ for „kaf“): capitalised
     * words of three letters or more, without digits, not the brand, the colour or the size, so that a
     * completion never lists one article's colours.
     */
    static List<String> suggestWords(ProductListing listing) {
        Set<String> excluded = new HashSet<>();
        Stream.of(listing.brand(), listing.variant().color(), listing.variant().size())
                .filter(Objects::nonNull)
                .forEach(text -> excluded.addAll(List.of(text.toLowerCase(Locale.GERMAN).split("\\s+"))));
        Set<String> words = new LinkedHashSet<>();
        for (String word : listing.title().split("[\\s:,;()/\\[\\]\"„“]+")) {
            String clean = word.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (clean.length() >= 3 && Character.isUpperCase(clean.charAt(0)) && clean.chars().noneMatch(Character::isDigit)
                    && !excluded.contains(clean.toLowerCase(Locale.GERMAN))) {
                words.add(clean);
            }
        }
        return List.copyOf(words);
    }
}
