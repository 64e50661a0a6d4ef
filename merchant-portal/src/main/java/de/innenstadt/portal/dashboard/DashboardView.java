// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.dashboard;

import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.merchant.DashboardService;
import de.innenstadt.core.merchant.DashboardService.FeedStatus;
import de.innenstadt.core.merchant.DashboardService.MissedSearch;
import de.innenstadt.core.merchant.DashboardService.TodaysReservation;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What a merchant sees first after login; each part is one read of {@link DashboardService}. */
@Named
@RequestScoped
public class DashboardView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    private DashboardService dashboard;

    @Inject
    private CurrentActor actor;

    @Inject
    private CitySettingsService city;

    private List<TodaysReservation> reservations;
    private FeedStatus feed;
    private List<MissedSearch> missedSearches;

    public List<TodaysReservation> getReservations() {
        if (reservations == null) {
            reservations = dashboard.findTodaysReservations(actor.get(), merchantId(), zone());
        }
        return reservations;
    }

    public FeedStatus getFeed() {
        if (feed == null) {
            feed = dashboard.findFeedStatus(actor.get(), merchantId());
        }
        return feed;
    }

    public List<MissedSearch> getMissedSearches() {
        if (missedSearches == null) {
            missedSearches = dashboard.findMissedSearches(actor.get(), merchantId());
        }
        return missedSearches;
    }

    /** A time as the merchant reads it: local time of the city. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone()));
    }

    private long merchantId() {
        return actor.get().findMerchantId().orElseThrow();
    }

    private ZoneId zone() {
        return city.current().getZone();
    }
}
