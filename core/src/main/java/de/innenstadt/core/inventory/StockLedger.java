// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import de.innenstadt.core.platform.Outbox;
import de.innenstadt.core.platform.OutboxEntry.Aggregate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * What reservations do to stock: hold, release and hand over. Every change is one conditional statement on the
 * offer row (never read, change, write), so two shoppers can never hold the same last unit, and rows are always
 * changed in ascending offer id, so two reservations of the same offers cannot deadlock. Search hears of a change
 * only when it changes what search shows ({@link #searchSeesChange}). Runs inside the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StockLedger {

    /** Units of one offer a reservation holds; {@code offerId} is {@code null} once the offer was removed. */
    public record Held(Long offerId, long productId, int quantity) {
    }

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    /**
     * Holds what is available, one conditional update per offer in ascending id order; returns the offers that had
     * too little (or do not exist). The caller fails the whole reservation if there are any, which rolls back the
     * lines that were held.
     */
    public List<Long> hold(SortedMap<Long, Integer> quantities) {
        List<Long> shortOffers = new ArrayList<>();
        for (Map.Entry<Long, Integer> line : quantities.entrySet()) {
            int updated = em.createNativeQuery("UPDATE offer SET held = held + ?1, version = version + 1"
                            + " WHERE id = ?2 AND quantity - held >= ?1")
                    .setParameter(1, line.getValue())
                    .setParameter(2, line.getKey())
                    .executeUpdate();
            if (updated == 0) {
                shortOffers.add(line.getKey());
            }
        }
        return shortOffers;
    }

    /** A reservation ended without pickup (cancelled, expired): its units are on sale again. */
    public void release(Collection<Held> items) {
        List<Held> sorted = inOfferOrder(items);
        for (Held item : sorted) {
            em.createNativeQuery("UPDATE offer SET held = GREATEST(held - ?1, 0), version = version + 1 WHERE id = ?2")
                    .setParameter(1, item.quantity())
                    .setParameter(2, item.offerId())
                    .executeUpdate();
        }
        if (sorted.isEmpty()) {
            return;
        }
        Map<Long, Integer> availableAfter = new HashMap<>();
        em.createQuery("select o.id, o.quantity - o.held from Offer o where o.id in :ids", Object[].class)
                .setParameter("ids", sorted.stream().map(Held::offerId).toList())
                .getResultList()
                .forEach(row -> availableAfter.put((Long) row[0], ((Number) row[1]).intValue()));
        announce(sorted.stream()
                .filter(item -> availableAfter.containsKey(item.offerId()))
                .filter(item -> searchSeesChange(availableAfter.get(item.offerId()) - item.quantity(),
                        availableAfter.get(item.offerId())))
                .map(Held::productId)
                .toList());
    }

    /** The customer took the goods: the units leave the shelf and the hold. */
    public void handOver(Collection<Held> items) {
        List<Held> sorted = inOfferOrder(items);
        for (Held item : sorted) {
            em.createNativeQuery("UPDATE offer SET held = GREATEST(held - ?1, 0), quantity = GREATEST(quantity - ?1, 0),"
                            + " version = version + 1 WHERE id = ?2")
                    .setParameter(1, item.quantity())
                    .setParameter(2, item.offerId())
                    .executeUpdate();
        }
        announce(items.stream().map(Held::productId).toList());
    }

    /** Tells search that these products' stock changed (one outbox row per product, in this transaction). */
    public void announce(Collection<Long> productIds) {
        outbox.announce(Aggregate.PRODUCT, productIds);
    }

    /**
     * Whether a hold or a release changes what search shows: the index keeps exact figures only below
     * {@link Availability#IN_STOCK_FROM}, so reserving one of many units needs no re-indexing (and no
     * outbox row, which would cost a bulk write to Elasticsearch per reservation).
     */
    public static boolean searchSeesChange(int availableBefore, int availableAfter) {
        return Availability.searchRelevant(availableBefore) != Availability.searchRelevant(availableAfter);
    }

    private static List<Held> inOfferOrder(Collection<Held> items) {
        return items.stream().filter(item -> Objects.nonNull(item.offerId()))
                .sorted(Comparator.comparing(Held::offerId)).toList();
    }
}
