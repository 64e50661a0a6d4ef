// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import de.innenstadt.core.merchant.OpeningHoursException.Problem;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes opening hours in the compact form German shops print on their doors, for example
 * {@code Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-14:00}.
 *
 * <p>Merchants type this form in one line, so it is what the demo data stores; the structured
 * {@link OpeningInterval} list is what the rest of the platform computes with. Reading takes what
 * owners write: {@code Mo-Fr 9:30-18:30, Sa 10-16 Uhr}, full or dotted day names in any case,
 * {@code 9.30}, dashes of any kind, spaces around them, groups separated by {@code ;}, a new line,
 * or a comma before the next day. Writing always gives the canonical form. Days not mentioned are
 * closed. Input that could mean two things (overlapping intervals, backwards ranges, spans that close
 * before they open) is rejected rather than guessed, because a wrong "open" badge sends customers to a
 * locked door; the {@link OpeningHoursException} names the part.
 */
public final class OpeningHoursSpec {

    private static final List<String> DAY_NAMES = List.of("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So");
    private static final List<List<String>> FULL_DAY_NAMES = List.of(List.of("montag"), List.of("dienstag"),
            List.of("mittwoch"), List.of("donnerstag"), List.of("freitag"), List.of("samstag", "sonnabend"), List.of("sonntag"));
    private static final Pattern GROUP = Pattern.compile("(\\S+)\\s+(.+)");
    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?-(\\d{1,2})(?::(\\d{2}))?");
    /** A comma after a time and before a day starts the next group: "Mo-Fr 9-18, Sa 10-16". */
    private static final Pattern COMMA_BEFORE_DAY = Pattern.compile("(?<=\\d),(?=\\p{L})");
    private static final Comparator<OpeningInterval> ORDER =
            Comparator.comparing(OpeningInterval::day).thenComparing(OpeningInterval::opens);

    private OpeningHoursSpec() {
    }

    /**
     * Parses opening hours as owners write them.
     *
     * @return the intervals sorted by weekday and opening time
     * @throws OpeningHoursException naming the offending part when the text cannot be read unambiguously
     */
    public static List<OpeningInterval> parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new OpeningHoursException(Problem.EMPTY, "opening hours are empty");
        }
        List<OpeningInterval> openings = new ArrayList<>();
        for (String rawGroup : normalise(spec).split(";", -1)) {
            String group = rawGroup.strip();
            if (group.isEmpty()) {
                throw new OpeningHoursException(Problem.EMPTY_GROUP, "empty group between ';' in opening hours '" + spec + "'", spec);
            }
            Matcher matcher = GROUP.matcher(group);
            if (!matcher.matches()) {
                throw new OpeningHoursException(Problem.NO_TIMES,
                        "group '" + group + "' needs days and times separated by a space, e.g. 'Mo-Fr 09:00-18:00'", group);
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

    /** The text with one kind of dash, colon times, no "Uhr", no spaces around dashes and commas, ";" between groups. */
    static String normalise(String spec) {
        String text = spec.strip().replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replaceAll("(?i)\\s*uhr\\b", "")
                .replaceAll("(\\d)\\.(\\d{2})", "$1:$2")
                .replaceAll("[ \\t]*([-,])[ \\t]*", "$1")
                .replaceAll("[ \\t]*\\R[ \\t]*", ";");
        return COMMA_BEFORE_DAY.matcher(text).replaceAll(";");
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
                throw new OpeningHoursException(Problem.BACKWARDS_DAYS,
                        "day range '" + item + "' runs backwards; write it from Monday towards Sunday", item);
            }
            for (int d = first.getValue(); d <= last.getValue(); d++) {
                days.add(DayOfWeek.of(d));
            }
        }
        return days;
    }

    /** "Mo", "mo.", "Montag", "MONTAG": a German day, abbreviated or in full. */
    private static DayOfWeek parseDay(String name) {
        String word = name.strip().replaceAll("\\.$", "").toLowerCase(Locale.GERMAN);
        for (int i = 0; i < DAY_NAMES.size(); i++) {
            if (word.equals(DAY_NAMES.get(i).toLowerCase(Locale.GERMAN)) || FULL_DAY_NAMES.get(i).contains(word)) {
                return DayOfWeek.of(i + 1);
            }
        }
        throw new OpeningHoursException(Problem.UNKNOWN_DAY, "unknown day '" + name + "', expected one of " + DAY_NAMES, name);
    }

    private static LocalTime[] parseInterval(String text, String group) {
        Matcher matcher = INTERVAL.matcher(text);
        if (!matcher.matches()) {
            throw new OpeningHoursException(Problem.BAD_TIME,
                    "time interval '" + text + "' in group '" + group + "' must look like 09:00-18:30", text, group);
        }
        try {
            LocalTime opens = LocalTime.of(Integer.parseInt(matcher.group(1)), minutes(matcher.group(2)));
            LocalTime closes = LocalTime.of(Integer.parseInt(matcher.group(3)), minutes(matcher.group(4)));
            if (!opens.isBefore(closes)) {
                throw new OpeningHoursException(Problem.CLOSES_BEFORE_OPENS,
                        "time interval '" + text + "' in group '" + group + "' closes before it opens", text, group);
            }
            return new LocalTime[] {opens, closes};
        } catch (DateTimeException e) {
            OpeningHoursException invalid = new OpeningHoursException(Problem.BAD_TIME,
                    "time interval '" + text + "' in group '" + group + "' is not a valid time of day", text, group);
            invalid.initCause(e);
            throw invalid;
        }
    }

    private static int minutes(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static void rejectOverlaps(List<OpeningInterval> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            OpeningInterval previous = sorted.get(i - 1);
            OpeningInterval current = sorted.get(i);
            if (previous.day() == current.day() && current.opens().isBefore(previous.closes())) {
                String day = DAY_NAMES.get(current.day().ordinal());
                String first = previous.opens() + "-" + previous.closes();
                String second = current.opens() + "-" + current.closes();
                throw new OpeningHoursException(Problem.OVERLAP,
                        "opening intervals overlap on " + day + ": " + first + " and " + second, day, first, second);
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
