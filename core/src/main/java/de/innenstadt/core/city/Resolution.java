// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How finely footfall is shown: per hour, per day, per week (Monday to Sunday) or per calendar month. */
public enum Resolution {
    HOUR,
    DAY,
    WEEK,
    MONTH;

    /** The first day of the bucket the day falls in. */
    public LocalDate bucketStart(LocalDate day) {
        return switch (this) {
            case HOUR, DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The last day of the bucket the day falls in. */
    public LocalDate bucketEnd(LocalDate day) {
        return switch (this) {
            case HOUR, DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
        };
    }
}
