// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.reservations;

import de.innenstadt.core.reservation.MerchantQueue;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The number beside „Reservierungen“ in the navigation and in the queue's window title: reservations
 * waiting to be confirmed, so an owner on another page or in another tab sees that one came in.
 */
@Named
@RequestScoped
public class QueueBadge {

    @Inject
    private MerchantQueue queue;

    @Inject
    private CurrentActor actor;

    private Long waiting;

    /** Reservations of the logged-in merchant waiting to be confirmed; 0 for everyone else. */
    public long getWaiting() {
        if (waiting == null) {
            waiting = actor.get().findMerchantId().map(merchant -> queue.countWaiting(actor.get(), merchant)).orElse(0L);
        }
        return waiting;
    }
}
