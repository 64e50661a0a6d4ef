// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import de.innenstadt.core.city.FootfallProblem;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The value formats counter operators use, shared by the CSV and the API reader. */
final class FootfallValues {

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .append(LOCAL)
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT);
    /** {@code 2026-10-12 00:00:00 +0200}: an offset after a space, without colon. */
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("\\s*([+-])(\\d{2}):?(\\d{2})$");
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "ja", "x");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "nein", "");

    private FootfallValues() {
    }

    /**
     * The hour start in UTC. Offsets come as {@code +02:00}, {@code +0200} (hystreet's download:
     * {@code 2026-10-12 00:00:00 +0200}) or {@code Z}. A time without offset is the city's local
     * time; on the clock-change days such a time may not exist (spring) or exist twice (autumn), and
     * is refused rather than guessed, so no hour is lost or merged silently.
     */
    static LocalDateTime hourUtc(String text, ZoneId localZone) {
        String value = OFFSET_WITHOUT_COLON.matcher(text.strip()).replaceFirst("$1$2:$3");
        LocalDateTime utc;
        try {
            utc = OffsetDateTime.parse(value, WITH_OFFSET).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException withoutOffset) {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(value, LOCAL);
            } catch (DateTimeParseException e) {
                throw new FootfallValueException(FootfallProblem.TIMESTAMP_INVALID, "timestamp", text,
                        "not a timestamp: '" + text + "' (expected e.g. 2026-05-09T10:00:00+02:00)");
            }
            List<ZoneOffset> offsets = localZone.getRules().getValidOffsets(local);
            if (offsets.size() != 1) {
                throw new FootfallValueException(offsets.isEmpty() ? FootfallProblem.LOCAL_TIME_SKIPPED : FootfallProblem.LOCAL_TIME_TWICE,
                        "timestamp", text, "the local time '" + text + "' " + (offsets.isEmpty()
                        ? "does not exist (the clocks were put forward)" : "exists twice (the clocks were put back)")
                        + " in " + localZone + "; a file needs offsets such as +02:00 for the clock-change days");
            }
            utc = local.atOffset(offsets.get(0)).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        if (utc.getMinute() != 0 || utc.getSecond() != 0 || utc.getNano() != 0) {
            throw new FootfallValueException(FootfallProblem.NOT_AN_HOUR, "timestamp", text,
                    "'" + text + "' is not the start of an hour; counts are hourly");
        }
        return utc;
    }

    /** A count of people: a whole number, not negative; null when the cell is empty. */
    static Integer count(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int count;
        try {
            count = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new FootfallValueException(FootfallProblem.COUNT_INVALID, field, text, "not a whole number: '" + text + "'");
        }
        if (count < 0) {
            throw new FootfallValueException(FootfallProblem.COUNT_NEGATIVE, field, text, "must not be negative: " + count);
        }
        return count;
    }

    static BigDecimal temperature(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new FootfallValueException(FootfallProblem.TEMPERATURE_INVALID, "temperature", text,
                    "not a number: '" + text + "'");
        }
    }

    static boolean flag(String text, String field) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(value)) {
            return true;
        }
        if (FALSE.contains(value)) {
            return false;
        }
        throw new FootfallValueException(FootfallProblem.FLAG_INVALID, field, text, "neither true nor false: '" + text + "'");
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
