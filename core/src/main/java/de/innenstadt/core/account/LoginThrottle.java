// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing down. An account is locked for a while after a few failed logins in a
 * row (kept in the database, so every instance sees it); a name without an account gets the same
 * treatment in memory, so the lock says nothing about whether an account exists. Each client
 * address has a larger budget of failures per window (in memory, per instance), against one
 * machine trying many names.
 */
@ApplicationScoped
@Transactional
public class LoginThrottle {

    private static final int MAX_REMEMBERED_KEYS = 10_000;

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "innenstadt.portal.login.max-failures")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "innenstadt.portal.login.lock-minutes")
    private int lockMinutes;

    @Inject
    @ConfigProperty(name = "innenstadt.portal.login.max-failures-per-address")
    private int maxFailuresPerAddress;

    private FailureWindow unknownNames;
    private FailureWindow addresses;

    @PostConstruct
    void createWindows() {
        unknownNames = new FailureWindow(Duration.ofMinutes(lockMinutes), MAX_REMEMBERED_KEYS);
        addresses = new FailureWindow(Duration.ofMinutes(lockMinutes), MAX_REMEMBERED_KEYS);
    }

    /** Whether a login for this name from this address must be refused without checking the password. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isBlocked(String username, String address) {
        Instant now = Instant.now(clock);
        if (addresses.count(address, now) >= maxFailuresPerAddress) {
            return true;
        }
        Object[] account = account(username);
        if (account == null) {
            return unknownNames.count(key(username), now) >= maxFailures;
        }
        Timestamp lockedUntil = (Timestamp) account[1];
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }

    /** Counts a failed login; the failure that reaches the limit locks the account and starts the count again. */
    public void recordFailure(String username, String address) {
        Instant now = Instant.now(clock);
        addresses.record(address, now);
        int updated = em.createNativeQuery("UPDATE user_account SET"
                        + " locked_until = CASE WHEN failed_logins + 1 >= ?1 THEN ?2 ELSE locked_until END,"
                        + " failed_logins = CASE WHEN failed_logins + 1 >= ?1 THEN 0 ELSE failed_logins + 1 END"
                        + " WHERE username = ?3")
                .setParameter(1, maxFailures)
                .setParameter(2, Timestamp.from(now.plus(Duration.ofMinutes(lockMinutes))))
                .setParameter(3, username)
                .executeUpdate();
        if (updated == 0) {
            unknownNames.record(key(username), now);
        }
    }

    /** A successful login clears the failures and notes the time. */
    public void recordSuccess(String username) {
        em.createNativeQuery("UPDATE user_account SET failed_logins = 0, locked_until = NULL, last_login_at = ?1"
                        + " WHERE username = ?2")
                .setParameter(1, Timestamp.from(Instant.now(clock)))
                .setParameter(2, username)
                .executeUpdate();
    }

    public int getLockMinutes() {
        return lockMinutes;
    }

    private Object[] account(String username) {
        return (Object[]) em.createNativeQuery("SELECT id, locked_until FROM user_account WHERE username = ?1")
                .setParameter(1, username)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
