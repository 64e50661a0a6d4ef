// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When a store is open: the weekly plan, overridden by exceptions for single dates, and closed on
 * public holidays unless an exception opens it.
 *
 * <p>"Open now" is what shoppers filter by on their way downtown, so it must honour lunch breaks,
 * hours past midnight and holidays of the city's Bundesland.
 *
 * @param weekly regular intervals
 * @param exceptions intervals for single dates; an empty list means closed that day
 */
public record OpeningCalendar(List<OpeningInterval> weekly, Map<LocalDate, List<OpeningInterval>> exceptions) {

    public OpeningCalendar {
        weekly = List.copyOf(weekly);
        exceptions = Map.copyOf(exceptions);
    }

    /** The intervals that start on a date. */
    public List<OpeningInterval> intervalsOn(LocalDate date, Set<LocalDate> publicHolidays) {
        List<OpeningInterval> exception = exceptions.get(date);
        if (exception != null) {
            return exception;
        }
        if (publicHolidays.contains(date)) {
            return List.of();
        }
        return weekly.stream().filter(i -> i.day() == date.getDayOfWeek()).toList();
    }

    public boolean isOpenAt(LocalDateTime moment, Set<LocalDate> publicHolidays) {
        LocalDate today = moment.toLocalDate();
        LocalTime time = moment.toLocalTime();
        for (OpeningInterval interval : intervalsOn(today, publicHolidays)) {
            boolean afterOpening = !time.isBefore(interval.opens());
            if (interval.spansMidnight() ? afterOpening : afterOpening && time.isBefore(interval.closes())) {
                return true;
            }
        }
        for (OpeningInterval interval : intervalsOn(today.minusDays(1), publicHolidays)) {
            if (interval.spansMidnight() && time.isBefore(interval.closes())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first moment at or after {@code from}, and no later than {@code until}, at which the store is
     * open: {@code from} itself when it is open then, else the next opening time. Used to tell a
     * shopper when reserved goods can be collected, so it follows exactly the same rules as
     * {@link #isOpenAt}.
     */
    public Optional<LocalDateTime> findOpeningBetween(LocalDateTime from, LocalDateTime until, Set<LocalDate> publicHolidays) {
        if (from.isAfter(until)) {
            return Optional.empty();
        }
        if (isOpenAt(from, publicHolidays)) {
            return Optional.of(from);
        }
        for (LocalDate day = from.toLocalDate(); !day.isAfter(until.toLocalDate()); day = day.plusDays(1)) {
            LocalDate date = day;
            Optional<LocalDateTime> opening = intervalsOn(date, publicHolidays).stream()
                    .map(interval -> date.atTime(interval.opens()))
                    .filter(start -> start.isAfter(from) && !start.isAfter(until))
                    .min(LocalDateTime::compareTo);
            if (opening.isPresent()) {
                return opening;
            }
        }
        return Optional.empty();
    }
}
