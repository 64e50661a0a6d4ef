// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import de.innenstadt.core.platform.OutboxEntry.Aggregate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The transactional outbox: services announce what changed in the transaction of the change
 * ({@link #announce}), and the relay claims, delivers and deletes the rows. Claiming locks the rows with
 * {@code SKIP LOCKED}, so several instances can relay at once without handling a row twice, and a row is
 * deleted only in the transaction that delivered it. The feed import writes its rows in plain JDBC with its
 * own de-duplication (ADR 0014, {@code ProductAnnouncements}).
 */
@ApplicationScoped
public class Outbox {

    /** A claimed outbox row. */
    public record Claimed(long id, Aggregate aggregate, long aggregateId) {
    }

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Tells search that these aggregates changed: one row each, committed or rolled back with the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Aggregate aggregate, Collection<Long> ids) {
        Instant now = Instant.now(clock);
        ids.stream().distinct().forEach(id -> em.persist(new OutboxEntry(aggregate, id, now)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Aggregate aggregate, long id) {
        announce(aggregate, List.of(id));
    }

    /**
     * Claims the oldest rows for the current transaction (must be called inside one), together with up
     * to {@code sameAggregateLimit} younger rows naming the same aggregates. A feed changes a product's
     * offers in a hundred stores one row at a time; writing the product once for all of them instead of
     * a hundred times is what lets the index keep up with a million-row import. The younger rows were
     * committed before they could be locked, so the relay's later read of the product includes them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Claimed> claim(int limit, int sameAggregateLimit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, aggregate, aggregate_id FROM outbox ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, limit)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>(rows.stream().map(Outbox::claimed).toList());
        if (claimed.isEmpty() || sameAggregateLimit <= 0) {
            return claimed;
        }
        long youngestClaimed = claimed.get(claimed.size() - 1).id();
        for (Aggregate aggregate : Aggregate.values()) {
            List<Long> ids = claimed.stream().filter(c -> c.aggregate() == aggregate).map(Claimed::aggregateId).distinct().toList();
            int room = sameAggregateLimit;
            for (List<Long> chunk : InLists.chunks(ids)) {
                if (room <= 0) {
                    break;
                }
                // numbers read from the table, written into the statement because native queries take no list parameter
                String idList = chunk.stream().map(String::valueOf).collect(Collectors.joining(","));
                @SuppressWarnings("unchecked")
                List<Object[]> younger = em.createNativeQuery("SELECT id, aggregate, aggregate_id FROM outbox WHERE aggregate = ?1"
                                + " AND aggregate_id IN (" + idList + ") AND id > ?2 ORDER BY id LIMIT ?3 FOR UPDATE SKIP LOCKED")
                        .setParameter(1, aggregate.name())
                        .setParameter(2, youngestClaimed)
                        .setParameter(3, room)
                        .getResultList();
                younger.stream().map(Outbox::claimed).forEach(claimed::add);
                room -= younger.size();
            }
        }
        return claimed;
    }

    private static Claimed claimed(Object[] row) {
        return new Claimed(((Number) row[0]).longValue(), Aggregate.valueOf((String) row[1]), ((Number) row[2]).longValue());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("delete from OutboxEntry e where e.id in :ids").setParameter("ids", ids).executeUpdate();
        }
    }
}
