// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import de.innenstadt.core.city.FootfallBuckets.Bucket;
import de.innenstadt.core.city.FootfallBuckets.StoredHour;
import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.NotFoundException;
import de.innenstadt.core.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the city-centre management sees: footfall per counting point, the effect of a campaign on it,
 * and how the platform was used during a campaign compared with ordinary weeks. Everything leaves
 * here aggregated; small groups are marked with {@link SmallGroups} so pages and CSV files show
 * them as suppressed. Only city managers and admins may ask.
 */
@ApplicationScoped
@Transactional
public class CityReport {

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private CitySettingsService city;

    @Inject
    @ConfigProperty(name = "innenstadt.city.baseline-weeks", defaultValue = "4")
    private int baselineWeeks;

    /** The campaign effect at one counting point. */
    public record PointEffect(FootfallLocation location, CampaignEffect.Result result) {
    }

    /**
     * A campaign's effect on footfall and on platform use, with the number of baseline weeks used and
     * the counting points outside the campaign area its footfall was measured against.
     */
    public record CampaignReport(Campaign campaign, int weeks, List<PointEffect> footfall, List<FootfallLocation> controls,
            List<UseRow> platform, List<UseRow> reservationsByCategory, List<UseRow> reservationsByShop) {
    }

    /**
     * One figure during a campaign against the mean of the same period in ordinary weeks. The labels
     * apply the small-group rule; the change is given only when both sides may be shown.
     */
    public record UseRow(String group, long during, double baselineMean) {

        public String duringLabel() {
            return SmallGroups.label(during);
        }

        public String baselineLabel() {
            return SmallGroups.shown(baselineMean).isPresent() ? String.format(Locale.ROOT, "%.1f", baselineMean)
                    : SmallGroups.SUPPRESSED;
        }

        public boolean suppressed() {
            return SmallGroups.isSuppressed(during) || SmallGroups.shown(baselineMean).isEmpty();
        }

        /** Change in percent, or null when a side is suppressed. */
        public Double changePercent() {
            return suppressed() ? null : (during / baselineMean - 1) * 100;
        }
    }

    public int baselineWeeks() {
        return baselineWeeks;
    }

    public ZoneId zone() {
        return city.current().getZone();
    }

    public List<FootfallLocation> locations(Actor actor) {
        actor.requireRole(Role.CITY_MANAGER);
        return em.createQuery("select l from FootfallLocation l order by l.name", FootfallLocation.class).getResultList();
    }

    /** Campaigns that have started, newest first: the ones an effect can be measured for. */
    public List<Campaign> startedCampaigns(Actor actor, Instant now) {
        actor.requireRole(Role.CITY_MANAGER);
        return em.createQuery("select c from Campaign c where c.startsAt <= :now order by c.startsAt desc", Campaign.class)
                .setParameter("now", now)
                .getResultList();
    }

    /** The last local day with a count at any point, if there is any count. */
    public LocalDate lastCountedDay(Actor actor) {
        actor.requireRole(Role.CITY_MANAGER);
        return lastCountedHourUtc().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone()).toLocalDate();
    }

    /**
     * The last local day counted up to its last hour: the day of the last count if that count is of
     * 23:00, else the day before (whose end the counters have passed).
     */
    public LocalDate lastCompleteDay(Actor actor) {
        actor.requireRole(Role.CITY_MANAGER);
        return lastCountedHourUtc().plusHours(1).atOffset(ZoneOffset.UTC).atZoneSameInstant(zone()).toLocalDate().minusDays(1);
    }

    /** The start (UTC) of the last counted hour at any point; now when nothing is counted yet. */
    private LocalDateTime lastCountedHourUtc() {
        Object last = em.createNativeQuery("SELECT MAX(hour_start) FROM footfall_count").getSingleResult();
        return last == null ? LocalDateTime.now(ZoneOffset.UTC) : toLocalDateTime(last);
    }

    /** Footfall of one counting point from the first to the last local day, in buckets that keep gaps. */
    public List<Bucket> footfall(Actor actor, long locationId, LocalDate firstDay, LocalDate lastDay, Resolution resolution) {
        actor.requireRole(Role.CITY_MANAGER);
        ZoneId zone = zone();
        Instant from = firstDay.atStartOfDay(zone).toInstant();
        Instant to = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        return FootfallBuckets.of(storedHours(locationId, from, to), outages(locationId, from, to), zone, firstDay, lastDay, resolution);
    }

    /** Footfall and platform use during a campaign against its ordinary weeks. */
    public CampaignReport campaignReport(Actor actor, long campaignId) {
        actor.requireRole(Role.CITY_MANAGER);
        Campaign campaign = Optional.ofNullable(em.find(Campaign.class, campaignId))
                .orElseThrow(() -> new NotFoundException("No campaign " + campaignId));
        ZoneId zone = zone();
        Predicate<LocalDate> ordinary = ordinaryDays(campaign, zone);
        List<LocalDateTime> hours = new ArrayList<>();
        LocalDateTime end = campaign.getEndsAt().atZone(zone).toLocalDateTime();
        for (LocalDateTime hour = campaign.getStartsAt().atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.HOURS);
                hour.isBefore(end); hour = hour.plusHours(1)) {
            hours.add(hour);
        }
        // the comparison days on both sides, and the same around the day a year before
        Instant from = campaign.getStartsAt().minus(7L * (52 + 4 * baselineWeeks + 1), ChronoUnit.DAYS);
        Instant to = campaign.getEndsAt().plus(7L * (4 * baselineWeeks + 1), ChronoUnit.DAYS);
        List<FootfallLocation> all = locations(actor);
        List<FootfallLocation> points = campaign.getLocations().isEmpty() ? all
                : campaign.getLocations().stream().sorted(Comparator.comparing(FootfallLocation::getName)).toList();
        Map<Long, Map<LocalDateTime, CampaignEffect.Hour>> counts = new HashMap<>();
        for (FootfallLocation point : all) {
            counts.put(point.getId(), localHours(point.getId(), from, to, zone));
        }
        // streets outside the campaign area show what the whole city did meanwhile
        Set<Long> inCampaign = points.stream().map(FootfallLocation::getId).collect(Collectors.toSet());
        List<FootfallLocation> outside = all.stream().filter(point -> !inCampaign.contains(point.getId())).toList();
        List<Map<LocalDateTime, CampaignEffect.Hour>> controls = outside.stream().map(point -> counts.get(point.getId())).toList();
        List<PointEffect> effects = new ArrayList<>();
        for (FootfallLocation point : points) {
            effects.add(new PointEffect(point, CampaignEffect.measure(hours, counts.get(point.getId()), controls, ordinary,
                    baselineWeeks)));
        }
        List<Integer> weeksBack = ordinaryWeeksBack(campaign, zone, ordinary);
        List<UseRow> platform = List.of(
                compare("searches", weeksBack, campaign, "SELECT COUNT(*) FROM search_log WHERE occurred_at >= ?1 AND occurred_at < ?2"),
                compare("zeroHitSearches", weeksBack, campaign,
                        "SELECT COUNT(*) FROM search_log WHERE hits = 0 AND occurred_at >= ?1 AND occurred_at < ?2"),
                compare("reservations", weeksBack, campaign,
                        "SELECT COUNT(*) FROM reservation WHERE created_at >= ?1 AND created_at < ?2"));
        List<UseRow> byCategory = compareGroups(weeksBack, campaign, "SELECT COALESCE(i.category, '-'), COUNT(DISTINCT r.id)"
                + " FROM reservation r JOIN reservation_item i ON i.reservation_id = r.id"
                + " WHERE r.created_at >= ?1 AND r.created_at < ?2 GROUP BY COALESCE(i.category, '-')");
        List<UseRow> byShop = compareGroups(weeksBack, campaign, "SELECT m.name, COUNT(*) FROM reservation r"
                + " JOIN store s ON s.id = r.store_id JOIN merchant m ON m.id = s.merchant_id"
                + " WHERE r.created_at >= ?1 AND r.created_at < ?2 GROUP BY m.name");
        return new CampaignReport(campaign, baselineWeeks, effects, outside, platform, byCategory, byShop);
    }

    /** A day is ordinary when it is no public holiday and no campaign (this or another) touches it. */
    private Predicate<LocalDate> ordinaryDays(Campaign measured, ZoneId zone) {
        CitySettings settings = city.current();
        LocalDate start = measured.getStartsAt().atZone(zone).toLocalDate();
        Set<LocalDate> holidays = PublicHolidays.dates(settings.getRegion(), start.getYear() - 1, start.getYear() + 1);
        Set<LocalDate> campaignDays = new HashSet<>();
        for (Campaign campaign : em.createQuery("select c from Campaign c", Campaign.class).getResultList()) {
            LocalDate last = campaign.getEndsAt().minusNanos(1).atZone(zone).toLocalDate();
            for (LocalDate day = campaign.getStartsAt().atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
                campaignDays.add(day);
            }
        }
        return day -> !holidays.contains(day) && !campaignDays.contains(day);
    }

    /** Weeks back (1, 2, …) whose whole shifted campaign period was ordinary, the nearest N. */
    private List<Integer> ordinaryWeeksBack(Campaign campaign, ZoneId zone, Predicate<LocalDate> ordinary) {
        LocalDate first = campaign.getStartsAt().atZone(zone).toLocalDate();
        LocalDate last = campaign.getEndsAt().minusNanos(1).atZone(zone).toLocalDate();
        List<Integer> weeks = new ArrayList<>();
        for (int back = 1; back <= baselineWeeks * 4 && weeks.size() < baselineWeeks; back++) {
            boolean allOrdinary = true;
            for (LocalDate day = first.minusWeeks(back); !day.isAfter(last.minusWeeks(back)); day = day.plusDays(1)) {
                allOrdinary &= ordinary.test(day);
            }
            if (allOrdinary) {
                weeks.add(back);
            }
        }
        return weeks;
    }

    private UseRow compare(String group, List<Integer> weeksBack, Campaign campaign, String countSql) {
        long during = count(countSql, campaign.getStartsAt(), campaign.getEndsAt());
        double baseline = weeksBack.stream()
                .mapToLong(back -> count(countSql, campaign.getStartsAt().minus(7L * back, ChronoUnit.DAYS),
                        campaign.getEndsAt().minus(7L * back, ChronoUnit.DAYS)))
                .average().orElse(0);
        return new UseRow(group, during, baseline);
    }

    private List<UseRow> compareGroups(List<Integer> weeksBack, Campaign campaign, String groupSql) {
        Map<String, Long> during = groups(groupSql, campaign.getStartsAt(), campaign.getEndsAt());
        Map<String, Long> baselineSums = new TreeMap<>();
        for (int back : weeksBack) {
            groups(groupSql, campaign.getStartsAt().minus(7L * back, ChronoUnit.DAYS), campaign.getEndsAt().minus(7L * back, ChronoUnit.DAYS))
                    .forEach((group, n) -> baselineSums.merge(group, n, Long::sum));
        }
        Map<String, UseRow> rows = new LinkedHashMap<>();
        during.forEach((group, n) -> rows.put(group, new UseRow(group, n, 0)));
        baselineSums.forEach((group, sum) -> rows.put(group, new UseRow(group, during.getOrDefault(group, 0L),
                weeksBack.isEmpty() ? 0 : (double) sum / weeksBack.size())));
        return rows.values().stream().sorted(Comparator.comparingLong(UseRow::during).reversed()
                .thenComparing(UseRow::group)).toList();
    }

    private long count(String sql, Instant from, Instant to) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to))
                .getSingleResult()).longValue();
    }

    private Map<String, Long> groups(String sql, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to))
                .getResultList();
        Map<String, Long> groups = new TreeMap<>();
        rows.forEach(row -> groups.put((String) row[0], ((Number) row[1]).longValue()));
        return groups;
    }

    private List<StoredHour> storedHours(long locationId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT hour_start, pedestrians, temperature, weather, unverified"
                        + " FROM footfall_count WHERE location_id = ?1 AND hour_start >= ?2 AND hour_start < ?3 ORDER BY hour_start")
                .setParameter(1, locationId)
                .setParameter(2, Timestamp.valueOf(LocalDateTime.ofInstant(from, ZoneOffset.UTC)))
                .setParameter(3, Timestamp.valueOf(LocalDateTime.ofInstant(to, ZoneOffset.UTC)))
                .getResultList();
        List<StoredHour> hours = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            hours.add(new StoredHour(toLocalDateTime(row[0]), ((Number) row[1]).intValue(), (BigDecimal) row[2],
                    (String) row[3], toBoolean(row[4])));
        }
        return hours;
    }

    /** A point's counted hours in local time; the hour that comes twice in autumn is one hour of both. */
    private Map<LocalDateTime, CampaignEffect.Hour> localHours(long locationId, Instant from, Instant to, ZoneId zone) {
        Map<LocalDateTime, CampaignEffect.Hour> counts = new HashMap<>();
        for (StoredHour stored : storedHours(locationId, from, to)) {
            counts.merge(stored.hourStartUtc().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime(),
                    new CampaignEffect.Hour(stored.pedestrians(), stored.unverified(), CampaignEffect.Hour.isWet(stored.weather())),
                    (a, b) -> new CampaignEffect.Hour(a.pedestrians() + b.pedestrians(), a.unverified() || b.unverified(),
                            a.wet() || b.wet()));
        }
        return counts;
    }

    /** The reason of each outage hour (start in UTC) the operator reported. */
    private Map<LocalDateTime, String> outages(long locationId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT hour_start, reason FROM footfall_outage"
                        + " WHERE location_id = ?1 AND hour_start >= ?2 AND hour_start < ?3")
                .setParameter(1, locationId)
                .setParameter(2, Timestamp.valueOf(LocalDateTime.ofInstant(from, ZoneOffset.UTC)))
                .setParameter(3, Timestamp.valueOf(LocalDateTime.ofInstant(to, ZoneOffset.UTC)))
                .getResultList();
        Map<LocalDateTime, String> outages = new HashMap<>();
        rows.forEach(row -> outages.put(toLocalDateTime(row[0]), (String) row[1]));
        return outages;
    }

    private static LocalDateTime toLocalDateTime(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }

    private static boolean toBoolean(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
