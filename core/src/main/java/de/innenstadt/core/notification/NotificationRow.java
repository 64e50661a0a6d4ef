// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.notification;

import java.io.Serializable;
import java.time.Instant;

/**
 * A message as the merchant sees it in the portal: enough to tell whom it did not reach and why,
 * without handing the entity to a page. Serializable because view-scoped pages keep it.
 *
 * @param nextAttemptAt when the worker tries again (meaningless once the status is FAILED)
 */
public record NotificationRow(long id, long reservationId, String reservationCode, Audience audience, String recipient,
        String subject, Notification.Status status, int attempts, String lastError, Instant createdAt,
        Instant nextAttemptAt) implements Serializable {
}
