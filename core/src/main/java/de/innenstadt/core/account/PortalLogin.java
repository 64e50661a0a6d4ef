// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

import de.innenstadt.core.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Checks a login name and password against the accounts: enabled accounts with a password only
 * (an invited person has none until they follow the link). Every check hashes once, whether the
 * name has an account or not ({@link PasswordHashing#verify(char[], Optional)}).
 */
@ApplicationScoped
public class PortalLogin {

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private PasswordHashing hashing;

    /** The account's role when name and password match; empty otherwise, after the same work. */
    public Optional<Role> findRole(String username, char[] password) {
        Optional<UserAccount> account = em.createQuery("select a from UserAccount a where a.username = :name"
                        + " and a.enabled = true and a.passwordHash is not null", UserAccount.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
        return hashing.verify(password, account.map(UserAccount::getPasswordHash)) ? account.map(UserAccount::getRole)
                : Optional.empty();
    }
}
