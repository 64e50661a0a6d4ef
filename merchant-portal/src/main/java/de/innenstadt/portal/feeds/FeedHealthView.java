// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.feeds;

import de.innenstadt.core.feed.FeedHistory;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Whether the logged-in merchant's feed is overdue, for the flag on the portal's start page. */
@Named
@RequestScoped
public class FeedHealthView {

    @Inject
    private FeedHistory history;

    @Inject
    private CurrentActor actor;

    private FeedHistory.FeedHealth health;

    public boolean isStale() {
        if (!actor.isMerchant()) {
            return false;
        }
        if (health == null) {
            health = history.feedHealth(actor.get());
        }
        return health.stale();
    }
}
