// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import de.innenstadt.core.city.CampaignKind;
import de.innenstadt.core.city.FootfallReading;
import de.innenstadt.core.city.PublicHolidays;
import de.innenstadt.core.city.Region;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A year of made-up but plausible hourly pedestrian counts for three counting points in
 * Kaiserslautern's centre, and the campaigns that explain their peaks.
 *
 * <p>The shape follows what laser counters in German shopping streets show: quiet nights, a midday
 * and an after-work peak, busy Saturdays, closed Sundays and holidays (Rhineland-Palatinate), a
 * December high, fewer people in rain and cold; on top come the campaigns (a late-opening night, a
 * town festival, two discount weeks), a few counter outages (missing hours) and hours the operator
 * marked unverified. Everything comes from one seed, so the demo and its screenshots repeat.
 */
public final class DemoFootfall {

    /** A counting point of the demo. */
    public record Point(String externalId, String name, BigDecimal lat, BigDecimal lon, double peak) {
    }

    /** A campaign of the demo, in the city's local time; {@code shops} picks participating merchants by position. */
    public record DemoCampaign(String name, CampaignKind kind, String description, LocalDateTime starts,
            LocalDateTime ends, List<String> pointIds, int shops, boolean publicCampaign, double effect) {
    }

    /** What the generator made. */
    public record Year(List<FootfallReading> readings, List<DemoCampaign> campaigns) {
    }

    public static final List<Point> POINTS = List.of(
            new Point("kl-fackelstrasse", "Fackelstraße", new BigDecimal("49.444250"), new BigDecimal("7.766410"), 1900),
            new Point("kl-marktstrasse", "Marktstraße", new BigDecimal("49.444560"), new BigDecimal("7.770150"), 1300),
            new Point("kl-stiftsplatz", "Riesenstraße/Stiftsplatz", new BigDecimal("49.444050"), new BigDecimal("7.770800"), 800));

    /** Share of the daily peak per local hour, 0–23 (shops open 9:30–20:00). */
    private static final double[] HOURLY = {
        0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.04, 0.09, 0.20, 0.38, 0.62, 0.82,
        1.00, 0.93, 0.85, 0.88, 0.95, 0.90, 0.72, 0.48, 0.27, 0.14, 0.08, 0.04};

    private static final double[] WEEKDAY = {0.80, 0.84, 0.88, 0.93, 1.08, 1.38, 0.22};

    /** Mean temperature per month in Kaiserslautern, °C. */
    private static final double[] MONTHLY_TEMPERATURE = {1.0, 2.0, 5.5, 9.5, 13.5, 17.0, 19.0, 18.5, 14.5, 10.0, 5.0, 2.0};

    private DemoFootfall() {
    }

    /** The year of counts that ends with {@code lastDay}, and the campaigns of that year and one ahead. */
    public static Year generate(long seed, LocalDate lastDay, ZoneId zone) {
        LocalDate firstDay = lastDay.minusDays(364);
        List<DemoCampaign> campaigns = campaigns(lastDay);
        Set<LocalDate> holidays = PublicHolidays.dates(Region.RP, firstDay.getYear(), lastDay.getYear());
        Random random = new Random(seed);
        List<Outage> outages = outages(lastDay);
        List<FootfallReading> readings = new ArrayList<>(365 * 24 * POINTS.size());
        LocalDate day = firstDay;
        while (!day.isAfter(lastDay)) {
            double dailyTemperature = MONTHLY_TEMPERATURE[day.getMonthValue() - 1] + random.nextGaussian() * 3.0;
            boolean rainyDay = random.nextDouble() < 0.33;
            int rainFrom = 6 + random.nextInt(12);
            int rainHours = 1 + random.nextInt(6);
            double dayFactor = dayFactor(day, holidays);
            ZonedDateTime hour = day.atStartOfDay(zone);
            ZonedDateTime end = day.plusDays(1).atStartOfDay(zone);
            while (hour.isBefore(end)) {
                int localHour = hour.getHour();
                double temperature = dailyTemperature + 4.0 * Math.sin((localHour - 9) * Math.PI / 12);
                boolean raining = rainyDay && localHour >= rainFrom && localHour < rainFrom + rainHours;
                String weather = weather(raining, temperature, localHour, random);
                double weatherFactor = raining ? 0.78 : temperature < 0 ? 0.9 : 1.0;
                LocalDateTime local = hour.toLocalDateTime();
                LocalDateTime utc = hour.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
                for (Point point : POINTS) {
                    double noise = 1 + random.nextGaussian() * 0.07;
                    double expected = point.peak() * HOURLY[localHour] * dayFactor * weatherFactor
                            * campaignFactor(campaigns, point, local) * Math.max(0.5, noise);
                    int pedestrians = Math.max(5, (int) Math.round(expected));
                    boolean unverifiedNoise = random.nextDouble() < 0.002;
                    if (isOut(outages, point, local)) {
                        continue;
                    }
                    int leftToRight = (int) Math.round(pedestrians * (0.47 + random.nextDouble() * 0.06));
                    int children = (int) Math.round(pedestrians * (0.06 + random.nextDouble() * 0.06));
                    readings.add(new FootfallReading(point.externalId(), point.name(), utc, pedestrians, leftToRight,
                            pedestrians - leftToRight, pedestrians - children, children,
                            BigDecimal.valueOf(temperature).setScale(1, RoundingMode.HALF_UP), weather,
                            unverifiedNoise || isUnverified(outages, point, local), null));
                }
                hour = hour.plusHours(1);
            }
            day = day.plusDays(1);
        }
        return new Year(readings, campaigns);
    }

    /** The demo's campaigns, placed relative to the last counted day so that every demo shows them. */
    static List<DemoCampaign> campaigns(LocalDate lastDay) {
        List<String> all = POINTS.stream().map(Point::externalId).toList();
        LocalDate lateFriday = lastDay.minusWeeks(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        LocalDate festivalSaturday = lastDay.minusWeeks(11).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        LocalDate discountMonday = lastDay.minusWeeks(19).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate springSaturday = lastDay.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return List.of(
                new DemoCampaign("Lange Einkaufsnacht", CampaignKind.LATE_OPENING,
                        "Die Geschäfte der Innenstadt haben bis 23 Uhr geöffnet, mit Musik in der Fackelstraße.",
                        lateFriday.atTime(18, 0), lateFriday.atTime(23, 0), all, 6, true, 2.2),
                new DemoCampaign("Altstadtfest", CampaignKind.EVENT,
                        "Zwei Tage Musik und Essensstände rund um Stiftsplatz und Marktstraße.",
                        festivalSaturday.atTime(10, 0), festivalSaturday.plusDays(1).atTime(22, 0),
                        List.of("kl-marktstrasse", "kl-stiftsplatz"), 4, true, 1.6),
                new DemoCampaign("Rabattwochen „Lautrer Herbst“", CampaignKind.CAMPAIGN,
                        "Zwei Wochen Rabatte in teilnehmenden Geschäften, beworben mit Plakaten und Radio.",
                        discountMonday.atStartOfDay(), discountMonday.plusDays(14).atStartOfDay(),
                        all, 10, false, 1.12),
                new DemoCampaign("Frühlingsmarkt", CampaignKind.EVENT,
                        "Blumen, Kunsthandwerk und verkaufsoffene Stunden am Stiftsplatz.",
                        springSaturday.atTime(10, 0), springSaturday.atTime(18, 0), List.of("kl-stiftsplatz"), 5, true, 1.5));
    }

    private static double dayFactor(LocalDate day, Set<LocalDate> holidays) {
        double weekday = holidays.contains(day) ? WEEKDAY[6] : WEEKDAY[day.getDayOfWeek().getValue() - 1];
        double seasonal = 1 + 0.12 * Math.cos(2 * Math.PI * (day.getDayOfYear() - 350) / 365.0);
        boolean advent = day.getMonthValue() == 12 && day.getDayOfMonth() <= 23;
        return weekday * seasonal * (advent ? 1.25 : 1.0);
    }

    private static double campaignFactor(List<DemoCampaign> campaigns, Point point, LocalDateTime local) {
        double factor = 1.0;
        for (DemoCampaign campaign : campaigns) {
            if (campaign.pointIds().contains(point.externalId()) && !local.isBefore(campaign.starts())
                    && local.isBefore(campaign.ends())) {
                factor *= campaign.effect();
            }
        }
        return factor;
    }

    private static String weather(boolean raining, double temperature, int hour, Random random) {
        if (raining) {
            return temperature < 1 ? "snow" : "rain";
        }
        boolean night = hour < 7 || hour >= 20;
        double sky = random.nextDouble();
        if (sky < 0.45) {
            return night ? "clear-night" : "clear-day";
        }
        return sky < 0.8 ? (night ? "partly-cloudy-night" : "partly-cloudy-day") : "cloudy";
    }

    /** A counter that delivered nothing for a while, and hours it delivered but the operator did not trust. */
    private record Outage(String pointId, LocalDateTime from, LocalDateTime to, LocalDateTime unverifiedUntil) {
    }

    private static List<Outage> outages(LocalDate lastDay) {
        LocalDate recent = lastDay.minusDays(3);
        LocalDate spring = lastDay.minusWeeks(23);
        LocalDate older = lastDay.minusWeeks(40);
        return List.of(
                new Outage("kl-fackelstrasse", recent.atTime(9, 0), recent.atTime(14, 0), recent.atTime(17, 0)),
                new Outage("kl-marktstrasse", spring.atStartOfDay(), spring.plusDays(2).atStartOfDay(), spring.plusDays(2).atTime(6, 0)),
                new Outage("kl-stiftsplatz", older.atTime(20, 0), older.plusDays(1).atTime(8, 0), older.plusDays(1).atTime(12, 0)));
    }

    private static boolean isOut(List<Outage> outages, Point point, LocalDateTime local) {
        return outages.stream().anyMatch(o -> o.pointId().equals(point.externalId()) && !local.isBefore(o.from())
                && local.isBefore(o.to()));
    }

    private static boolean isUnverified(List<Outage> outages, Point point, LocalDateTime local) {
        return outages.stream().anyMatch(o -> o.pointId().equals(point.externalId()) && !local.isBefore(o.to())
                && local.isBefore(o.unverifiedUntil()));
    }
}
