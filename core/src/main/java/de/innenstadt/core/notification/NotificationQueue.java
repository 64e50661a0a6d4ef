// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The worker's side of the notification table, one short transaction per call.
 *
 * <p>Claiming locks due rows with {@code SELECT … FOR UPDATE SKIP LOCKED}, so instances sending at
 * the same time never pick the same row, and moves their next attempt a lease ahead before it
 * commits: the row locks are gone before any SMTP traffic starts, and the lease keeps the rows away
 * from other instances while this one sends. If the instance dies, the lease runs out and another
 * instance sends the message.
 */
@ApplicationScoped
@Transactional
public class NotificationQueue {

    /** Longer than a claimed batch can take to send with the mail timeouts ({@link MailSender}). */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

    /** A message claimed for sending. */
    public record Claimed(long id, String recipient, String subject, String body) {
    }

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** How long a message waits after its first failed try; each further failure doubles it. */
    @Inject
    @ConfigProperty(name = "innenstadt.notifications.first-retry-seconds", defaultValue = "30")
    private long firstRetrySeconds;

    /** Claims up to {@code limit} due messages, oldest due first. */
    public List<Claimed> claimDue(int limit) {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM notification WHERE status = 'PENDING' AND next_attempt_at <= ?1"
                        + " ORDER BY next_attempt_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(id -> {
            Notification notification = em.find(Notification.class, id.longValue());
            notification.claimUntil(now.plus(CLAIM_LEASE));
            return new Claimed(notification.getId(), notification.getRecipient(), notification.getSubject(),
                    notification.getBody());
        }).toList();
    }

    public void recordSent(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification != null) {
            notification.markSent(Instant.now(clock));
            if (notification.carriesSecret()) {
                notification.eraseBody();
            }
        }
    }

    /**
     * Hands claimed messages back untried, due at once: the round that claimed them stopped before
     * their turn because the mail server could not be reached.
     */
    public void release(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("update Notification n set n.nextAttemptAt = :now where n.id in :ids and n.status = :pending")
                .setParameter("now", Instant.now(clock))
                .setParameter("ids", ids)
                .setParameter("pending", Notification.Status.PENDING)
                .executeUpdate();
    }

    /**
     * Schedules the next try with back-off; after the last one the message stays FAILED for the merchant
     * to see. A message replaced meanwhile by a merchant's "resend" is left as it is.
     */
    public void recordFailure(long id, String error) {
        Notification notification = em.find(Notification.class, id);
        if (notification != null && notification.getStatus() == Notification.Status.PENDING) {
            notification.markFailed(error, Instant.now(clock), Duration.ofSeconds(Math.max(1, firstRetrySeconds)));
        }
    }
}
