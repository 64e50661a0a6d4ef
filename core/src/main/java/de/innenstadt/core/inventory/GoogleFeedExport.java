// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.catalog.Product;
import de.innenstadt.core.catalog.ProductImages;
import de.innenstadt.core.merchant.Merchant;
import de.innenstadt.core.platform.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A merchant's offers in the shape of Google's local inventory and local product feeds, so that a shop on the
 * platform also shows up in Google's "in store nearby" results without typing its stock in twice. The feeds
 * say what the platform's own pages say: the stock still available (held units are not), the price, whether
 * the store takes reservations for pickup; products by GTIN where they have one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GoogleFeedExport {

    /**
     * One offer as both feeds need it. {@code photoPath} is the path of the product's stored photo on this platform;
     * null without one (drawn SVG illustrations are left out: Google takes no SVG). {@code netContent} is null for
     * goods sold by the piece.
     */
    public record ExportedOffer(String storeCode, String itemId, long productId, int available, Availability availability,
            Money price, boolean pickup, String title, String description, String brand, String gtin, String photoPath,
            NetContent netContent) {

        /** Google's {@code unit_pricing_measure} („500g“, „2sqm“); empty without a content. */
        public String unitPricingMeasure() {
            return netContent == null ? "" : netContent.amount().toPlainString() + netContent.unit().googleSymbol();
        }

        /** Google's {@code unit_pricing_base_measure}: the base German law prescribes („1kg“); empty without a content. */
        public String unitPricingBaseMeasure() {
            return netContent == null ? "" : "1" + netContent.unit().base().googleSymbol();
        }
    }

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    /** The id of the active merchant with this slug; empty for an unknown or deactivated one. */
    public Optional<Long> findActiveMerchant(String slug) {
        return em.createQuery("select m from Merchant m where m.slug = :slug and m.active = true", Merchant.class)
                .setParameter("slug", slug).getResultStream().findFirst().map(Merchant::getId);
    }

    /** The slug in the feeds' addresses of the caller's shop; empty for a caller who is no merchant. */
    public Optional<String> findSlug(Actor actor) {
        return actor.findMerchantId().map(id -> em.find(Merchant.class, id)).map(Merchant::getSlug);
    }

    /** Hands each offer of the merchant's stores to {@code sink}, by product and store, read as a stream. */
    public void forEachOffer(long merchantId, Consumer<ExportedOffer> sink) {
        Map<Long, String> photos = new HashMap<>();
        em.createQuery("select i.productId, i.sha256 from ProductImage i where i.productId in"
                        + " (select o.product.id from Offer o where o.store.merchant.id = :merchant)", Object[].class)
                .setParameter("merchant", merchantId).getResultList()
                .forEach(row -> photos.put((Long) row[0], (String) row[1]));
        em.createQuery("select o from Offer o join fetch o.product join fetch o.store s where s.merchant.id = :merchant"
                        + " order by o.product.id, s.id", Offer.class)
                .setParameter("merchant", merchantId)
                .setHint("eclipselink.read-only", true)
                .getResultStream()
                .forEach(offer -> {
                    Product product = offer.getProduct();
                    sink.accept(new ExportedOffer(offer.getStore().getCode(), itemId(product), product.getId(),
                            Math.max(0, offer.getAvailable()), offer.getAvailability(), offer.getPrice(),
                            offer.getStore().isPickupEnabled(), product.getTitle(), product.getDescription(), product.getBrand(),
                            product.getGtin(), photos.containsKey(product.getId()) ? ProductImages.path(product.getId(), photos.get(product.getId())) : null,
                            product.findNetContent().orElse(null)));
                });
    }

    /** The item id both feeds share: the GTIN, which Google matches across merchants, else the platform's own id. */
    static String itemId(Product product) {
        return product.getGtin() != null ? product.getGtin() : "innenstadt-" + product.getId();
    }
}
