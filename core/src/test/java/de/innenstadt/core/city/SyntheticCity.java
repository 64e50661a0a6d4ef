// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import de.innenstadt.core.city.CampaignEffect.Hour;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A city whose true campaign effect is known, for testing the method rather than trusting it. Hourly
 * counts at three streets follow what German city-centre counters show: a daily curve, busy
 * Saturdays and quiet Sundays, a yearly wave, the Advent rush rising to Christmas and the January
 * lull, a slow upward trend, rainy days that empty every street at once (a fifth of all days,
 * −20 %), and 5 % noise per hour and street. A campaign multiplies the counts of its streets in its
 * hours by {@code 1 + effect}, nothing else.
 */
final class SyntheticCity {

    static final String FACKELSTRASSE = "Fackelstraße";
    static final String MARKTSTRASSE = "Marktstraße";
    static final String STIFTSPLATZ = "Stiftsplatz";
    private static final Map<String, Double> PEOPLE_A_DAY = Map.of(FACKELSTRASSE, 19_000.0, MARKTSTRASSE, 13_000.0,
            STIFTSPLATZ, 8_000.0);
    private static final LocalDate TREND_START = LocalDate.of(2025, 1, 1);

    private SyntheticCity() {
    }

    /** The streets' counted hours from the first to the last day, by street, in local time. */
    static Map<String, Map<LocalDateTime, Hour>> counts(LocalDate first, LocalDate last, long seed, Set<String> campaignStreets,
            List<LocalDateTime> campaignHours, double effect) {
        Random random = new Random(seed);
        Map<String, Map<LocalDateTime, Hour>> streets = new LinkedHashMap<>();
        PEOPLE_A_DAY.keySet().stream().sorted().forEach(street -> streets.put(street, new HashMap<>()));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            boolean rain = random.nextDouble() < 0.2;
            double weather = rain ? 0.8 : 1 + 0.03 * random.nextGaussian();
            double dayLevel = weekday(day) * season(day) * trend(day) * weather;
            for (int hour = 0; hour < 24; hour++) {
                LocalDateTime at = day.atTime(hour, 0);
                for (Map.Entry<String, Map<LocalDateTime, Hour>> street : streets.entrySet()) {
                    double expected = PEOPLE_A_DAY.get(street.getKey()) * share(hour) * dayLevel;
                    if (campaignStreets.contains(street.getKey()) && campaignHours.contains(at)) {
                        expected *= 1 + effect;
                    }
                    int counted = (int) Math.max(0, Math.round(expected * (1 + 0.05 * random.nextGaussian())));
                    street.getValue().put(at, new Hour(counted, false, rain));
                }
            }
        }
        return streets;
    }

    /** Share of a day's pedestrians in each hour: shops open 9:30 to 19:00. */
    private static double share(int hour) {
        if (hour < 7) {
            return 0.004;
        }
        if (hour < 10) {
            return 0.035;
        }
        if (hour < 19) {
            return 0.085;
        }
        return hour < 22 ? 0.035 : 0.012;
    }

    private static double weekday(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY ? 1.45 : weekday == DayOfWeek.SUNDAY ? 0.35 : 1.0;
    }

    /** A summer-high wave, the Advent rush (Saturdays most) up to the 23rd, quiet days after Christmas and in January. */
    private static double season(LocalDate day) {
        double wave = 1 + 0.08 * Math.sin(2 * Math.PI * (day.getDayOfYear() - 100) / 365.0);
        if (day.getMonthValue() == 12 && day.getDayOfMonth() <= 23) {
            double rise = day.getDayOfMonth() / 23.0;
            return wave * (1 + (day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.35 : 0.15) * rise);
        }
        if (day.getMonthValue() == 12 || day.getMonthValue() == 1) {
            return wave * 0.85;
        }
        if (day.getMonthValue() == 11 && day.getDayOfMonth() >= 20) {
            return wave * 1.05;
        }
        return wave;
    }

    /** Three per cent more pedestrians a year. */
    private static double trend(LocalDate day) {
        return Math.pow(1.03, ChronoUnit.DAYS.between(TREND_START, day) / 365.0);
    }
}
