// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The record of every counts file read, for the city manager's counts page: the drop folder's files
 * as well as uploads, so a file that failed at night is seen by day, not only in the server log.
 */
@ApplicationScoped
public class FootfallImportLog {

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    /** Keeps the record of a finished file, in its own transaction (a refused file stored nothing else). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public FootfallImportRecord record(FootfallImportRecord record) {
        em.persist(record);
        return record;
    }

    /** The newest files first. */
    @Transactional
    public List<FootfallImportRecord> recent(Actor actor, int limit) {
        actor.requireRole(Role.CITY_MANAGER);
        return em.createQuery("select r from FootfallImportRecord r order by r.startedAt desc, r.id desc", FootfallImportRecord.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** One file's record with its refused rows. */
    @Transactional
    public Optional<FootfallImportRecord> find(Actor actor, long id) {
        actor.requireRole(Role.CITY_MANAGER);
        Optional<FootfallImportRecord> record = Optional.ofNullable(em.find(FootfallImportRecord.class, id));
        // read the rows inside the transaction; the page renders after it
        record.ifPresent(r -> r.getRejections().size());
        return record;
    }
}
