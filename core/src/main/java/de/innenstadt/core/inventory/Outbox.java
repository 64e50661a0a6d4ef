// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import de.innenstadt.core.inventory.OutboxEntry.Aggregate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * Access to the outbox for the relay. Claiming locks the rows with {@code SKIP LOCKED}, so several
 * instances can relay at once without handling a row twice, and a row is deleted only in the
 * transaction that delivered it.
 */
@ApplicationScoped
public class Outbox {

    /** A claimed outbox row. */
    public record Claimed(long id, Aggregate aggregate, long aggregateId) {
    }

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    /** Claims the oldest rows for the current transaction; must be called inside one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Claimed> claim(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, aggregate, aggregate_id FROM outbox ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Claimed(((Number) r[0]).longValue(), Aggregate.valueOf((String) r[1]),
                        ((Number) r[2]).longValue()))
                .toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("delete from OutboxEntry e where e.id in :ids").setParameter("ids", ids).executeUpdate();
        }
    }
}
