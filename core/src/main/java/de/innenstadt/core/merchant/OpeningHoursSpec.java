// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes opening hours in the compact form German shops print on their doors, for example
 * {@code Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-14:00}.
 *
 * <p>Merchants type this form in one line, so it is what the demo data stores; the structured
 * {@link OpeningInterval} list is what the rest of the platform computes with. Groups are separated by
 * {@code ;}, days are {@code Mo Di Mi Do Fr Sa So} joined by {@code ,} or as a range {@code Mo-Fr},
 * times are {@code HH:MM-HH:MM} joined by {@code ,}. Days not mentioned are closed. Input that could
 * mean two things (overlapping intervals, backwards ranges, one-digit hours) is rejected rather than
 * guessed, because a wrong "open" badge sends customers to a locked door.
 */
public final class OpeningHoursSpec {

    private static final List<String> DAY_NAMES = List.of("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So");
    private static final Pattern GROUP = Pattern.compile("(\\S+)\\s+(.+)");
    private static final Pattern INTERVAL = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");
    private static final Comparator<OpeningInterval> ORDER =
            Comparator.comparing(OpeningInterval::day).thenComparing(OpeningInterval::opens);

    private OpeningHoursSpec() {
    }

    /**
     * Parses the compact form.
     *
     * @return the intervals sorted by weekday and opening time
     * @throws IllegalArgumentException naming the offending part when the text is not in the compact form
     */
    public static List<OpeningInterval> parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("opening hours are empty");
        }
        List<OpeningInterval> openings = new ArrayList<>();
        for (String rawGroup : spec.split(";", -1)) {
            String group = rawGroup.strip();
            if (group.isEmpty()) {
                throw new IllegalArgumentException("empty group between ';' in opening hours '" + spec + "'");
            }
            Matcher matcher = GROUP.matcher(group);
            if (!matcher.matches()) {
                throw new IllegalArgumentException(
                        "group '" + group + "' needs days and times separated by a space, e.g. 'Mo-Fr 09:00-18:00'");
            }
            List<DayOfWeek> days = parseDays(matcher.group(1));
            for (String rawInterval : matcher.group(2).split(",", -1)) {
                LocalTime[] interval = parseInterval(rawInterval.strip(), group);
                for (DayOfWeek day : days) {
                    openings.add(new OpeningInterval(day, interval[0], interval[1]));
                }
            }
        }
        openings.sort(ORDER);
        rejectOverlaps(openings);
        return List.copyOf(openings);
    }

    /**
     * Writes the compact form, joining consecutive weekdays with identical hours into ranges, so that
     * {@code parse(format(openings))} gives back the same intervals.
     *
     * @throws IllegalArgumentException when the list is empty or intervals on one day overlap
     */
    public static String format(List<OpeningInterval> openings) {
        Objects.requireNonNull(openings, "openings");
        if (openings.isEmpty()) {
            throw new IllegalArgumentException("cannot format opening hours without any interval");
        }
        List<OpeningInterval> sorted = new ArrayList<>(openings);
        sorted.sort(ORDER);
        rejectOverlaps(sorted);

        Map<DayOfWeek, List<String>> intervalsByDay = new LinkedHashMap<>();
        for (OpeningInterval opening : sorted) {
            intervalsByDay.computeIfAbsent(opening.day(), d -> new ArrayList<>())
                    .add(opening.opens() + "-" + opening.closes());
        }
        Map<List<String>, List<DayOfWeek>> daysByIntervals = new LinkedHashMap<>();
        intervalsByDay.forEach((day, intervals) ->
                daysByIntervals.computeIfAbsent(intervals, i -> new ArrayList<>()).add(day));

        List<String> groups = new ArrayList<>();
        daysByIntervals.forEach((intervals, days) ->
                groups.add(formatDays(days) + " " + String.join(",", intervals)));
        return String.join("; ", groups);
    }

    private static List<DayOfWeek> parseDays(String text) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            int dash = item.indexOf('-');
            if (dash < 0) {
                days.add(parseDay(item));
                continue;
            }
            DayOfWeek first = parseDay(item.substring(0, dash));
            DayOfWeek last = parseDay(item.substring(dash + 1));
            if (last.compareTo(first) < 0) {
                throw new IllegalArgumentException(
                        "day range '" + item + "' runs backwards; write it from Monday towards Sunday");
            }
            for (int d = first.getValue(); d <= last.getValue(); d++) {
                days.add(DayOfWeek.of(d));
            }
        }
        return days;
    }

    private static DayOfWeek parseDay(String name) {
        int index = DAY_NAMES.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("unknown day '" + name + "', expected one of " + DAY_NAMES);
        }
        return DayOfWeek.of(index + 1);
    }

    private static LocalTime[] parseInterval(String text, String group) {
        Matcher matcher = INTERVAL.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "time interval '" + text + "' in group '" + group + "' must look like 09:00-18:30");
        }
        try {
            LocalTime opens = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            LocalTime closes = LocalTime.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException(
                        "time interval '" + text + "' in group '" + group + "' closes before it opens");
            }
            return new LocalTime[] {opens, closes};
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "time interval '" + text + "' in group '" + group + "' is not a valid time of day", e);
        }
    }

    private static void rejectOverlaps(List<OpeningInterval> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            OpeningInterval previous = sorted.get(i - 1);
            OpeningInterval current = sorted.get(i);
            if (previous.day() == current.day() && current.opens().isBefore(previous.closes())) {
                throw new IllegalArgumentException("opening intervals overlap on "
                        + DAY_NAMES.get(current.day().ordinal())
                        + ": " + previous.opens() + "-" + previous.closes()
                        + " and " + current.opens() + "-" + current.closes());
            }
        }
    }

    private static String formatDays(List<DayOfWeek> days) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= days.size(); i++) {
            boolean runContinues = i < days.size() && days.get(i).getValue() == days.get(i - 1).getValue() + 1;
            if (!runContinues) {
                String first = DAY_NAMES.get(days.get(start).ordinal());
                String last = DAY_NAMES.get(days.get(i - 1).ordinal());
                parts.add(start == i - 1 ? first : first + "-" + last);
                start = i;
            }
        }
        return String.join(",", parts);
    }
}
