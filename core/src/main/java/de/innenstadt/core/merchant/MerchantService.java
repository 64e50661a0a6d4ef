// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import de.innenstadt.core.platform.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** A merchant's own shop data, always checked against the caller. */
@ApplicationScoped
@Transactional
public class MerchantService {

    /** A store as pick lists show it. */
    public record StoreChoice(long id, String name, String address) {
    }

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    public List<StoreChoice> findStores(Actor actor, long merchantId) {
        actor.requireMerchant(merchantId);
        return em.createQuery("select s from Store s where s.merchant.id = :merchant order by s.name", Store.class)
                .setParameter("merchant", merchantId)
                .getResultList()
                .stream()
                .map(s -> new StoreChoice(s.getId(), s.getName(), s.getAddress().streetLine()))
                .toList();
    }
}
