// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One counted hour as a counter operator delivers it (CSV download or API), before it is stored.
 * Everything but location, hour and count is optional: counters differ in what they measure.
 *
 * @param locationId the operator's id of the counting point
 * @param locationName its name, used when the point is new
 * @param hourStart start of the hour in UTC, whole hours only
 * @param incident what the operator reports went wrong in this hour (hystreet: „Laserausfall“), or
 *     null; such an hour is an outage, and its count (usually 0) is not a count
 */
public record FootfallReading(String locationId, String locationName, LocalDateTime hourStart, int pedestrians,
        Integer leftToRight, Integer rightToLeft, Integer adults, Integer children, BigDecimal temperature,
        String weather, boolean unverified, String incident) {

    public FootfallReading {
        if (locationId == null || locationId.isBlank()) {
            throw new IllegalArgumentException("A reading needs the counting point's id");
        }
        Objects.requireNonNull(hourStart, "hourStart");
        if (hourStart.getMinute() != 0 || hourStart.getSecond() != 0 || hourStart.getNano() != 0) {
            throw new IllegalArgumentException("Counts are hourly; " + hourStart + " is not the start of an hour");
        }
        requireNotNegative(pedestrians, "pedestrians_count");
        requireNotNegative(leftToRight, "ltr");
        requireNotNegative(rightToLeft, "rtl");
        requireNotNegative(adults, "adult");
        requireNotNegative(children, "child");
        locationName = locationName == null || locationName.isBlank() ? locationId : locationName.strip();
        incident = incident == null || incident.isBlank() ? null : incident.strip();
    }

    /** Whether the counter was out in this hour: the hour is a gap, whatever count came with it. */
    public boolean isOutage() {
        return incident != null;
    }

    /** A reading with the count only, as the simplest counters deliver it. */
    public static FootfallReading count(String locationId, String locationName, LocalDateTime hourStart, int pedestrians) {
        return new FootfallReading(locationId, locationName, hourStart, pedestrians, null, null, null, null, null, null, false, null);
    }

    private static void requireNotNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
    }
}
