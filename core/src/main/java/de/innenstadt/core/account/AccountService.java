// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

import de.innenstadt.core.platform.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Portal accounts: who a logged-in name is, and what they are bound to. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountService {

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select a from UserAccount a left join fetch a.merchant where a.username = :name",
                        UserAccount.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    /** The actor for an authenticated name; empty when the account was disabled or removed since login. */
    public Optional<Actor> findActor(String username) {
        return findByUsername(username)
                .filter(UserAccount::isEnabled)
                .map(a -> new Actor(a.getUsername(), a.getRole(), a.findMerchant().map(m -> m.getId()).orElse(null)));
    }
}
