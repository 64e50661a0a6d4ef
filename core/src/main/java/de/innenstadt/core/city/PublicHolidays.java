// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static de.innenstadt.core.city.Region.BB;
import static de.innenstadt.core.city.Region.BE;
import static de.innenstadt.core.city.Region.BW;
import static de.innenstadt.core.city.Region.BY;
import static de.innenstadt.core.city.Region.HB;
import static de.innenstadt.core.city.Region.HE;
import static de.innenstadt.core.city.Region.HH;
import static de.innenstadt.core.city.Region.MV;
import static de.innenstadt.core.city.Region.NI;
import static de.innenstadt.core.city.Region.NW;
import static de.innenstadt.core.city.Region.RP;
import static de.innenstadt.core.city.Region.SH;
import static de.innenstadt.core.city.Region.SL;
import static de.innenstadt.core.city.Region.SN;
import static de.innenstadt.core.city.Region.ST;
import static de.innenstadt.core.city.Region.TH;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The statutory public holidays of a German state, computed rather than stored so that no city has
 * to maintain a holiday table. Holidays that only some municipalities keep (Augsburger
 * Friedensfest, Fronleichnam in parts of Saxony and Thuringia) are left to per-store exceptions.
 */
public final class PublicHolidays {

    private static final Set<Region> EPIPHANY = EnumSet.of(BW, BY, ST);
    private static final Set<Region> CORPUS_CHRISTI = EnumSet.of(BW, BY, HE, NW, RP, SL);
    private static final Set<Region> REFORMATION = EnumSet.of(BB, HB, HH, MV, NI, SN, SH, ST, TH);
    private static final Set<Region> ALL_SAINTS = EnumSet.of(BW, BY, NW, RP, SL);

    private record YearSpan(Region region, int fromYear, int toYear) {
    }

    private static final Map<YearSpan, Set<LocalDate>> DATES = new ConcurrentHashMap<>();

    private PublicHolidays() {
    }

    /** Date → German name of every holiday in the state and year, in date order. */
    public static Map<LocalDate, String> of(Region region, int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        days.put(LocalDate.of(year, Month.JANUARY, 1), "Neujahr");
        days.put(easter.minusDays(2), "Karfreitag");
        days.put(easter.plusDays(1), "Ostermontag");
        days.put(LocalDate.of(year, Month.MAY, 1), "Tag der Arbeit");
        days.put(easter.plusDays(39), "Christi Himmelfahrt");
        days.put(easter.plusDays(50), "Pfingstmontag");
        days.put(LocalDate.of(year, Month.OCTOBER, 3), "Tag der Deutschen Einheit");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "1. Weihnachtstag");
        days.put(LocalDate.of(year, Month.DECEMBER, 26), "2. Weihnachtstag");
        if (EPIPHANY.contains(region)) {
            days.put(LocalDate.of(year, Month.JANUARY, 6), "Heilige Drei Könige");
        }
        if ((region == BE && year >= 2019) || (region == MV && year >= 2023)) {
            days.put(LocalDate.of(year, Month.MARCH, 8), "Internationaler Frauentag");
        }
        if (region == BB) {
            days.put(easter, "Ostersonntag");
            days.put(easter.plusDays(49), "Pfingstsonntag");
        }
        if (CORPUS_CHRISTI.contains(region)) {
            days.put(easter.plusDays(60), "Fronleichnam");
        }
        if (region == SL) {
            days.put(LocalDate.of(year, Month.AUGUST, 15), "Mariä Himmelfahrt");
        }
        if (region == TH && year >= 2019) {
            days.put(LocalDate.of(year, Month.SEPTEMBER, 20), "Weltkindertag");
        }
        if (REFORMATION.contains(region) && (year >= 2018 || EnumSet.of(BB, MV, SN, ST, TH).contains(region))) {
            days.put(LocalDate.of(year, Month.OCTOBER, 31), "Reformationstag");
        }
        if (ALL_SAINTS.contains(region)) {
            days.put(LocalDate.of(year, Month.NOVEMBER, 1), "Allerheiligen");
        }
        if (region == SN) {
            days.put(LocalDate.of(year, Month.NOVEMBER, 23).minusDays(1)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY)), "Buß- und Bettag");
        }
        return days;
    }

    /**
     * The holidays of several years; remembered, because every reservation asks for them twice (pickup
     * readiness and the messages) and they never change.
     */
    public static Set<LocalDate> dates(Region region, int fromYear, int toYear) {
        return DATES.computeIfAbsent(new YearSpan(region, fromYear, toYear), span -> IntStream.rangeClosed(fromYear, toYear)
                .boxed()
                .flatMap(year -> of(region, year).keySet().stream())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
