// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import de.innenstadt.core.inventory.OutboxEntry.Aggregate;
import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Merchants' changes to their own offers. Every change writes an outbox row in the same transaction
 * so that search catches up without a dual write; every call checks that the offer belongs to the
 * caller.
 */
@ApplicationScoped
@Transactional
public class InventoryService {

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Sets the shelf count of one offer, as a merchant does after counting or selling at the till. */
    public OfferRow changeQuantity(Actor actor, long offerId, @Min(0) int quantity) {
        Offer offer = ownedOffer(actor, offerId);
        offer.setStock(quantity, StockSource.PORTAL, Instant.now(clock));
        announce(offer);
        return toRow(offer);
    }

    public OfferRow changePrice(Actor actor, long offerId, Money price) {
        Offer offer = ownedOffer(actor, offerId);
        offer.setPrice(price);
        announce(offer);
        return toRow(offer);
    }

    /** An offer as any shopper may see it, e.g. to put it into the bag; empty when it is gone. */
    public Optional<OfferRow> findPublicOffer(long offerId) {
        return Optional.ofNullable(em.find(Offer.class, offerId))
                .filter(o -> o.getStore().getMerchant().isActive())
                .map(InventoryService::toRow);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfferRow> findOffers(Actor actor, OfferQuery query) {
        actor.requireMerchant(query.merchantId());
        String jpql = "select o from Offer o join fetch o.store s join fetch o.product p"
                + " where s.merchant.id = :merchant" + textCondition(query)
                + " order by " + query.sortField().path() + (query.ascending() ? " asc" : " desc") + ", o.id";
        TypedQuery<Offer> q = em.createQuery(jpql, Offer.class).setParameter("merchant", query.merchantId());
        bindText(q, query);
        return q.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList()
                .stream().map(InventoryService::toRow).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOffers(Actor actor, OfferQuery query) {
        actor.requireMerchant(query.merchantId());
        String jpql = "select count(o) from Offer o join o.store s join o.product p where s.merchant.id = :merchant"
                + textCondition(query);
        TypedQuery<Long> q = em.createQuery(jpql, Long.class).setParameter("merchant", query.merchantId());
        bindText(q, query);
        return q.getSingleResult();
    }

    private static String textCondition(OfferQuery query) {
        return query.text() == null || query.text().isBlank() ? ""
                : " and (lower(p.title) like :text or lower(p.brand) like :text or p.gtin = :exact)";
    }

    private static void bindText(TypedQuery<?> q, OfferQuery query) {
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().strip();
            String escaped = text.toLowerCase(Locale.GERMAN).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            q.setParameter("text", "%" + escaped + "%").setParameter("exact", text);
        }
    }

    private Offer ownedOffer(Actor actor, long offerId) {
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null) {
            throw new NotFoundException("No offer " + offerId);
        }
        actor.requireMerchant(offer.getStore().getMerchant().getId());
        return offer;
    }

    private void announce(Offer offer) {
        em.persist(new OutboxEntry(Aggregate.PRODUCT, offer.getProduct().getId(), Instant.now(clock)));
    }

    static OfferRow toRow(Offer o) {
        return new OfferRow(o.getId(), o.getStore().getId(), o.getStore().getName(), o.getProduct().getId(),
                o.getProduct().getGtin(), o.getProduct().getTitle(), o.getProduct().getBrand(),
                o.getProduct().getCategory(), o.getPrice(), o.getQuantity(), o.getHeld(), o.getStockUpdatedAt(),
                o.getSource());
    }
}
