// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import de.innenstadt.core.platform.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** A merchant's own shop data as the portal reads it; every call checks the caller against the merchant. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MerchantService {

    /** A store to choose in a form. */
    public record StoreChoice(long id, String name) {
    }

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    public List<StoreChoice> findStoreChoices(Actor actor, long merchantId) {
        actor.requireMerchant(merchantId);
        return em.createQuery("select s.id, s.name from Store s where s.merchant.id = :merchant order by s.name", Object[].class)
                .setParameter("merchant", merchantId)
                .getResultStream()
                .map(row -> new StoreChoice((Long) row[0], (String) row[1]))
                .toList();
    }
}
