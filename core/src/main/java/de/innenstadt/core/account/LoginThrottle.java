// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

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
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing down without handing a stranger a way to lock the owner out. Failures are
 * counted per login name <em>and</em> client address: after a few in a row that pair waits, one
 * minute, then two, four … up to the lock period, while the owner logging in from another address
 * is not slowed at all. Each address also has a budget of failures over all names, against one
 * machine trying many names. Names with and without an account are counted alike, so the answer
 * says nothing about whether an account exists. Kept in MariaDB, so every instance sees the same
 * counts. A successful login or a password set through a mailed link forgives the name.
 */
@ApplicationScoped
@Transactional
public class LoginThrottle {

    /** The name under which an address's failures over all names are counted. */
    private static final String ALL_NAMES = "";
    private static final int MAX_NAME_LENGTH = 190;
    private static final int MAX_ADDRESS_LENGTH = 64;
    /**
     * Counts a failure: restarts the count when the last failure is older than the window, and
     * blocks once the count reaches the limit, for 2^(count − limit) minutes, at most the cap.
     * MariaDB evaluates the assignments left to right, each seeing the ones before.
     */
    private static final String RECORD = "INSERT INTO login_failure (name_key, address, failures, last_failure_at, blocked_until)"
            + " VALUES (?1, ?2, 1, ?3, NULL) ON DUPLICATE KEY UPDATE"
            + " failures = IF(last_failure_at < ?4, 1, failures + 1),"
            + " last_failure_at = ?3,"
            + " blocked_until = IF(failures >= ?5, TIMESTAMPADD(SECOND, CAST(LEAST(?6, 60 * POW(2, LEAST(failures - ?5, 20))) AS SIGNED), ?3),"
            + " blocked_until)";

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

    /**
     * How long a login for this name from this address must still wait before its password is even
     * checked; empty when it may go ahead.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Duration> findWait(String username, String address) {
        Instant now = Instant.now(clock);
        Object until = em.createNativeQuery("SELECT MAX(blocked_until) FROM login_failure WHERE address = ?1"
                        + " AND name_key IN (?2, ?3) AND blocked_until > ?4")
                .setParameter(1, address(address))
                .setParameter(2, key(username))
                .setParameter(3, ALL_NAMES)
                .setParameter(4, Timestamp.from(now))
                .getSingleResult();
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, ((Timestamp) until).toInstant()));
    }

    /** How long a failed login counts (and is kept, see {@link #forgetPast}); the privacy notice tells people. */
    public Duration window() {
        return Duration.ofMinutes(lockMinutes);
    }

    /** Counts a failed login for the name from this address, and for the address over all names. */
    public void recordFailure(String username, String address) {
        Instant now = Instant.now(clock);
        record(key(username), address(address), now, maxFailures);
        record(ALL_NAMES, address(address), now, maxFailuresPerAddress);
    }

    /** A successful login forgives the name everywhere and notes the time. */
    public void recordSuccess(String username) {
        forgive(username);
        em.createNativeQuery("UPDATE user_account SET last_login_at = ?1 WHERE username = ?2")
                .setParameter(1, Timestamp.from(Instant.now(clock)))
                .setParameter(2, username)
                .executeUpdate();
    }

    /** Ends every wait of a name, e.g. once its owner proved the mailbox with a reset link. */
    public void forgive(String username) {
        em.createNativeQuery("DELETE FROM login_failure WHERE name_key = ?1").setParameter(1, key(username)).executeUpdate();
    }

    /**
     * Forgets the failures that no longer count: older than the window and past any wait. The rows hold the
     * caller's address, which is personal data; without this they stayed until the name logged in, for names
     * without an account forever.
     *
     * @return how many were forgotten (at most {@code batch})
     */
    public int forgetPast(int batch) {
        Instant now = Instant.now(clock);
        return em.createNativeQuery("DELETE FROM login_failure WHERE last_failure_at < ?1"
                        + " AND (blocked_until IS NULL OR blocked_until <= ?2) LIMIT " + batch)
                .setParameter(1, Timestamp.from(now.minus(window())))
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
    }

    private void record(String name, String address, Instant now, int limit) {
        em.createNativeQuery(RECORD)
                .setParameter(1, name)
                .setParameter(2, address)
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, Timestamp.from(now.minus(Duration.ofMinutes(lockMinutes))))
                .setParameter(5, limit)
                .setParameter(6, lockMinutes * 60)
                .executeUpdate();
    }

    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.isEmpty() ? "?" : key.length() > MAX_NAME_LENGTH ? key.substring(0, MAX_NAME_LENGTH) : key;
    }

    private static String address(String address) {
        return address == null ? "?" : address.length() > MAX_ADDRESS_LENGTH ? address.substring(0, MAX_ADDRESS_LENGTH) : address;
    }
}
