// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.feed.CheckedLine.Pending;
import de.innenstadt.core.feed.Resolution.OfferRow;
import de.innenstadt.core.feed.Resolution.ProductRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to do with one line, given the products and offers it refers to: a problem, or product and offer changes
 * (all empty = unchanged). The import's business rules, in one place and without the database, so that pass 1
 * (which only reports problems) and pass 2 (which applies) decide every line the same way.
 *
 * @param problem why the line cannot be applied, or {@code null}
 * @param productId the line's product, 0 when it is to be created
 * @param created whether the product is to be created from the line
 * @param productUpdate the line's product data when it changes the product (only the owner's feed, or any feed for a
 *     product with a shared GTIN, may change it), else {@code null}
 * @param existingOffer whether the line's store already has an offer of the product
 */
record LineDecision(FeedProblem problem, long productId, boolean created, FeedLine.FeedProduct productUpdate,
        List<OfferChange> offerChanges, boolean newOffer, boolean existingOffer) {

    /** An offer's new quantity and price, with the row they replace. */
    record OfferChange(OfferRow old, int quantity, long priceCents, String currency) {
    }

    static LineDecision rejected(Pending p, String column, String value, FeedText.Code reason) {
        return new LineDecision(new FeedProblem(p.line().lineNumber(), column, value, FeedText.of(reason)), 0, false, null, List.of(),
                false, false);
    }

    /**
     * The rules: an unknown product is created from a line with a title (a store line needs a quantity and a price
     * for its first offer); a catalogue line's price goes to every offer of the product; a store line replaces the
     * quantity and price it carries and keeps what it does not carry; a store's first offer needs both.
     */
    static LineDecision decide(Pending p, Resolution resolution, long merchantId) {
        FeedLine line = p.line();
        ProductRow product = resolution.products().get(p.productKey());
        String idColumn = LineRules.idColumn(line);
        String idValue = LineRules.idValue(line);
        boolean hasTitle = line.product() != null && line.product().title() != null && !line.product().title().isBlank();
        if (product == null) {
            if (line.quantity() == null && p.storeId() != 0) {
                return rejected(p, idColumn, idValue, FeedText.Code.PRICE_ONLY_UNKNOWN_PRODUCT);
            }
            if (!hasTitle) {
                return rejected(p, idColumn, idValue, FeedText.Code.PRODUCT_UNKNOWN_NO_TITLE);
            }
            if (p.storeId() != 0 && line.price() == null) {
                return rejected(p, "price", null, FeedText.Code.NEW_OFFER_WITHOUT_PRICE);
            }
            return new LineDecision(null, 0, true, null, List.of(), false, false);
        }
        FeedLine.FeedProduct update = hasTitle && (product.merchantId() == null || product.merchantId() == merchantId)
                && productDiffers(product, line.product(), merchantId) ? line.product() : null;
        if (p.storeId() == 0) {
            return new LineDecision(null, product.id(), false, update, catalogPriceChanges(line, resolution.offers(product.id())),
                    false, false);
        }
        OfferRow offer = resolution.offer(p.storeId(), product.id());
        if (offer == null) {
            if (line.quantity() == null) {
                return rejected(p, idColumn, idValue, FeedText.Code.PRICE_ONLY_NO_OFFER);
            }
            if (line.price() == null) {
                return rejected(p, "price", null, FeedText.Code.NEW_OFFER_WITHOUT_PRICE);
            }
            return new LineDecision(null, product.id(), false, update, List.of(), true, false);
        }
        int quantity = line.quantity() != null ? line.quantity() : offer.quantity();
        long cents = line.price() != null ? line.price().cents() : offer.priceCents();
        String currency = line.price() != null ? line.price().currency() : offer.currency();
        List<OfferChange> changes = quantity != offer.quantity() || cents != offer.priceCents() || !currency.equals(offer.currency())
                ? List.of(new OfferChange(offer, quantity, cents, currency)) : List.of();
        return new LineDecision(null, product.id(), false, update, changes, false, true);
    }

    private static List<OfferChange> catalogPriceChanges(FeedLine line, List<OfferRow> offers) {
        if (line.price() == null) {
            return List.of();
        }
        List<OfferChange> changes = new ArrayList<>();
        for (OfferRow offer : offers) {
            if (offer.priceCents() != line.price().cents() || !offer.currency().equals(line.price().currency())) {
                changes.add(new OfferChange(offer, offer.quantity(), line.price().cents(), line.price().currency()));
            }
        }
        return changes;
    }

    /** Whether the line's product data would change the stored product (a field the line leaves empty never does). */
    static boolean productDiffers(ProductRow row, FeedLine.FeedProduct data, long merchantId) {
        ArticleOfLine article = ArticleOfLine.of(merchantId, data);
        return !Objects.equals(Sql.cut(data.title(), 300), row.title())
                || article.key() != null && (!article.key().equals(row.articleKey())
                        || !Objects.equals(article.color(), row.color()) || !Objects.equals(article.size(), row.size()))
                || data.brand() != null && !Objects.equals(Sql.cut(data.brand(), 120), row.brand())
                || data.description() != null && !Objects.equals(data.description(), row.description())
                || data.imageUrl() != null && !Objects.equals(Sql.cut(data.imageUrl(), 500), row.imageUrl())
                || data.netContent() != null && !data.netContent().equals(row.netContent());
    }

    /**
     * Whether deciding the line in pass 1 needs its store's offer: only a store line without quantity or price is
     * rejected when the offer does not exist yet, so pass 1 reads no offers for complete stock lines.
     */
    static boolean offerDecidesProblem(Pending p) {
        return p.storeId() != 0 && (p.line().quantity() == null || p.line().price() == null);
    }
}
