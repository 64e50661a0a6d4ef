// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import de.innenstadt.core.city.Resolution;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * What the dashboard shows, read from the query string so that every view can be bookmarked and its
 * CSV link carries the same selection. Values that cannot be read fall back to the defaults.
 */
public record DashboardQuery(Optional<Long> locationId, Resolution resolution, Optional<LocalDate> from,
        Optional<LocalDate> to, Optional<Long> campaignId, Periods periods) {

    /** The street ranking's two periods (the later one and the one it is compared with) and the demand gap's. */
    public record Periods(Optional<LocalDate> from, Optional<LocalDate> to, Optional<LocalDate> baseFrom,
            Optional<LocalDate> baseTo, Optional<LocalDate> demandFrom, Optional<LocalDate> demandTo) {

        static Periods of(HttpServletRequest request) {
            return new Periods(date(request.getParameter("rankFrom")), date(request.getParameter("rankTo")),
                    date(request.getParameter("baseFrom")), date(request.getParameter("baseTo")),
                    date(request.getParameter("demandFrom")), date(request.getParameter("demandTo")));
        }

        String queryString() {
            return param("rankFrom", from) + param("rankTo", to) + param("baseFrom", baseFrom) + param("baseTo", baseTo)
                    + param("demandFrom", demandFrom) + param("demandTo", demandTo);
        }

        private static String param(String name, Optional<LocalDate> value) {
            return value.map(day -> "&" + name + "=" + day).orElse("");
        }
    }

    public static DashboardQuery of(HttpServletRequest request) {
        return new DashboardQuery(number(request.getParameter("location")), resolution(request.getParameter("resolution")),
                date(request.getParameter("from")), date(request.getParameter("to")), number(request.getParameter("campaign")),
                Periods.of(request));
    }

    /** The query string that selects the same view. */
    public String queryString(long location, LocalDate first, LocalDate last, Optional<Long> campaign) {
        return "location=" + location + "&resolution=" + resolution.name().toLowerCase(Locale.ROOT) + "&from=" + first
                + "&to=" + last + campaign.map(id -> "&campaign=" + id).orElse("") + periods.queryString();
    }

    private static Optional<Long> number(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(Long.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Resolution resolution(String value) {
        try {
            return value == null ? Resolution.HOUR : Resolution.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Resolution.HOUR;
        }
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
