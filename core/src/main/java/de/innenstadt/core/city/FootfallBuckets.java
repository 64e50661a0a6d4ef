// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sums counted hours into hours, days or weeks of the city's local time. A bucket knows how many of
 * its hours were missing, so a day with a four-hour outage is shown as incomplete rather than as a
 * quiet day, and an hour without a count stays empty rather than zero.
 */
public final class FootfallBuckets {

    /** One stored hour (start in UTC). */
    public record StoredHour(LocalDateTime hourStartUtc, int pedestrians, BigDecimal temperature, String weather,
            boolean unverified) {
    }

    /**
     * One point of a footfall chart.
     *
     * @param start local start of the hour, day or week
     * @param offset the offset from UTC at the start: on the day the clocks go back, 02:00 comes twice
     *     (+02:00, then +01:00) and is two buckets, told apart by it
     * @param counted pedestrians in the counted hours
     * @param hoursExpected hours the bucket has (23 or 25 on days the clocks change)
     * @param hoursMissing hours without a count: outages the operator reported, and hours nobody delivered
     * @param outageHours of the missing hours, those the operator reported an outage for
     * @param outageReason the operator's most frequent reason among them („Laserausfall“), or null
     * @param meanTemperature mean of the delivered temperatures, if any
     * @param weather the most frequent weather condition, if any
     */
    public record Bucket(LocalDateTime start, ZoneOffset offset, long counted, int hoursExpected, int hoursMissing,
            int outageHours, String outageReason, int unverifiedHours, BigDecimal meanTemperature, String weather) {

        public boolean complete() {
            return hoursMissing == 0;
        }

        public boolean gap() {
            return hoursMissing == hoursExpected;
        }

        /** The total if the bucket is complete; an incomplete one would understate the day. */
        public Optional<Long> total() {
            return complete() ? Optional.of(counted) : Optional.empty();
        }
    }

    private FootfallBuckets() {
    }

    /**
     * Buckets from the first to the last local day (inclusive), in order, with every hour accounted for.
     *
     * @param outages the reason of each hour (start in UTC) the operator reported an outage for
     */
    public static List<Bucket> of(List<StoredHour> hours, Map<LocalDateTime, String> outages, ZoneId zone, LocalDate firstDay,
            LocalDate lastDay, Resolution resolution) {
        Map<LocalDateTime, StoredHour> byUtcHour = hours.stream()
                .collect(Collectors.toMap(StoredHour::hourStartUtc, Function.identity(), (a, b) -> a));
        Map<OffsetDateTime, List<Optional<StoredHour>>> grouped = new TreeMap<>();
        Map<OffsetDateTime, List<String>> outagesGrouped = new HashMap<>();
        ZonedDateTime hour = firstDay.atStartOfDay(zone);
        ZonedDateTime end = lastDay.plusDays(1).atStartOfDay(zone);
        while (hour.isBefore(end)) {
            LocalDateTime utc = hour.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            OffsetDateTime start = resolution == Resolution.HOUR ? hour.toOffsetDateTime()
                    : bucketStart(hour.toLocalDateTime(), resolution).atZone(zone).toOffsetDateTime();
            grouped.computeIfAbsent(start, key -> new ArrayList<>())
                    .add(Optional.ofNullable(byUtcHour.get(utc)));
            if (!byUtcHour.containsKey(utc) && outages.containsKey(utc)) {
                outagesGrouped.computeIfAbsent(start, key -> new ArrayList<>()).add(outages.get(utc));
            }
            hour = hour.plusHours(1);
        }
        List<Bucket> buckets = new ArrayList<>(grouped.size());
        grouped.forEach((start, members) -> buckets.add(bucket(start, members, outagesGrouped.getOrDefault(start, List.of()))));
        return buckets;
    }

    static LocalDateTime bucketStart(LocalDateTime local, Resolution resolution) {
        return switch (resolution) {
            case HOUR -> local.withMinute(0).withSecond(0).withNano(0);
            case DAY, WEEK, MONTH -> resolution.bucketStart(local.toLocalDate()).atStartOfDay();
        };
    }

    private static Bucket bucket(OffsetDateTime start, List<Optional<StoredHour>> members, List<String> outageReasons) {
        long counted = 0;
        int missing = 0;
        int unverified = 0;
        BigDecimal temperatureSum = BigDecimal.ZERO;
        int temperatures = 0;
        Map<String, Integer> weather = new HashMap<>();
        for (Optional<StoredHour> member : members) {
            if (member.isEmpty()) {
                missing++;
                continue;
            }
            StoredHour stored = member.get();
            counted += stored.pedestrians();
            if (stored.unverified()) {
                unverified++;
            }
            if (stored.temperature() != null) {
                temperatureSum = temperatureSum.add(stored.temperature());
                temperatures++;
            }
            if (stored.weather() != null) {
                weather.merge(stored.weather(), 1, Integer::sum);
            }
        }
        BigDecimal meanTemperature = temperatures == 0 ? null
                : temperatureSum.divide(BigDecimal.valueOf(temperatures), 1, RoundingMode.HALF_UP);
        Map<String, Integer> reasons = new HashMap<>();
        outageReasons.forEach(reason -> reasons.merge(reason, 1, Integer::sum));
        return new Bucket(start.toLocalDateTime(), start.getOffset(), counted, members.size(), missing, outageReasons.size(),
                mostFrequent(reasons), unverified, meanTemperature, mostFrequent(weather));
    }

    /** The most frequent value; of equally frequent ones the first in alphabetical order. */
    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).thenComparing(Map.Entry::getKey,
                        Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
