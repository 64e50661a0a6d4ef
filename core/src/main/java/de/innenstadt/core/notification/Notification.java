// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A message queued in the same transaction as the event it reports, and sent by a worker that
 * retries with back-off; a message that keeps failing stays visible in the portal instead of
 * vanishing.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** Where a message is in its delivery. */
    public enum Status {
        PENDING,
        SENT,
        FAILED,
        /** Superseded by a newer message with the current state, on a merchant's "resend"; never sent. */
        REPLACED
    }

    static final int MAX_ATTEMPTS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reservation_id")
    private Long reservationId;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private String kind;

    private String recipient;

    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notification() {
    }

    public Notification(Long reservationId, String recipient, String subject, String body, Instant now) {
        this.reservationId = reservationId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A message about a reservation for one audience; {@code kind} names what it reports. */
    public Notification(Long reservationId, Audience audience, String kind, String recipient, String subject, String body,
            Instant now) {
        this(reservationId, recipient, subject, body, now);
        this.audience = audience;
        this.kind = kind;
    }

    /** Keeps other workers off the message while one sends it; a crashed worker's claim runs out by itself. */
    public void claimUntil(Instant leaseEnd) {
        nextAttemptAt = leaseEnd;
    }

    /** Retires an unsent message because a newer one with the current state replaces it. */
    public void replace() {
        if (status != Status.SENT) {
            status = Status.REPLACED;
        }
    }

    /** Account mails carry a one-time link, which must not stay readable in the database once it went out. */
    boolean carriesSecret() {
        return kind != null && kind.startsWith("account.");
    }

    void eraseBody() {
        body = "(Inhalt nach dem Versand gelöscht / content erased after sending)";
    }

    public void markSent(Instant now) {
        status = Status.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /**
     * Schedules another try with exponential back-off, {@code firstRetry} after the first failure and twice as long
     * after each further one, and gives up visibly after a few.
     */
    public void markFailed(String error, Instant now, Duration firstRetry) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(firstRetry.multipliedBy(1L << Math.min(attempts - 1, 10)));
        }
    }

    /** Sends a message again on request, whatever happened before. */
    public void resend(Instant now) {
        status = Status.PENDING;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getReservationId() {
        return reservationId;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
