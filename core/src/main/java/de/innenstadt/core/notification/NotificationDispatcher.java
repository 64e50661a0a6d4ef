// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.List;

/**
 * Sends what is due: claims a small batch (one short transaction), sends each message with no
 * transaction and no row lock open, and records each outcome in its own short transaction. When
 * the mail server cannot be reached at all, the round stops after that attempt and hands the rest
 * of its batch back untried.
 *
 * <p>The trade-off: a slow or hanging mail server holds no database locks and no connection, and
 * a failure of one message does not undo the others; but an instance that dies after the server
 * accepted a message and before the outcome committed sends that message again once the claim
 * runs out. One duplicate e-mail is acceptable for notifications; a lost one is not.
 */
@ApplicationScoped
public class NotificationDispatcher {

    static final int BATCH = 10;

    /** What one round did. */
    public record Round(int sent, int failed, String lastError) {

        public boolean idle() {
            return sent == 0 && failed == 0;
        }
    }

    @Inject
    private NotificationQueue queue;

    @Inject
    private MailSender mail;

    /**
     * Sends batches until nothing is due; returns the counts, for the caller's log. A message whose
     * sending throws anything at all is recorded as a failed attempt, so it shows up in the portal
     * rather than waiting unseen.
     */
    public Round deliverDue() {
        int sent = 0;
        int failed = 0;
        String lastError = null;
        List<NotificationQueue.Claimed> batch;
        do {
            batch = queue.claimDue(BATCH);
            for (int i = 0; i < batch.size(); i++) {
                NotificationQueue.Claimed message = batch.get(i);
                try {
                    mail.send(message.recipient(), message.subject(), message.body());
                } catch (MessagingException | RuntimeException e) {
                    lastError = describe(e);
                    queue.recordFailure(message.id(), lastError);
                    failed++;
                    if (serverUnreachable(e)) {
                        queue.release(batch.subList(i + 1, batch.size()).stream().map(NotificationQueue.Claimed::id).toList());
                        return new Round(sent, failed, lastError);
                    }
                    continue;
                }
                queue.recordSent(message.id());
                sent++;
            }
        } while (batch.size() == BATCH);
        return new Round(sent, failed, lastError);
    }

    /**
     * Whether the connection to the mail server failed (refused, unknown host, timed out), rather than
     * this one message being refused. Every other message would fail the same way, so the round ends
     * and the rest wait for the next one: a mail server that is down costs one attempt per round, not
     * one connection attempt and two transactions per queued message.
     */
    static boolean serverUnreachable(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The message and its causes in one line, which is what a merchant or operator needs to see. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable e = error; e != null && text.length() < 500; e = e.getCause()) {
            if (!text.isEmpty()) {
                text.append("; cause: ");
            }
            text.append(e.getClass().getSimpleName());
            if (e.getMessage() != null) {
                text.append(": ").append(e.getMessage().strip().replaceAll("\\s+", " "));
            }
        }
        return text.toString();
    }
}
