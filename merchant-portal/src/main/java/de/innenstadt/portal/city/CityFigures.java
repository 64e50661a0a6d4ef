// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import de.innenstadt.core.city.Campaign;
import de.innenstadt.core.city.CampaignEffect;
import de.innenstadt.core.city.CityReport;
import de.innenstadt.core.city.CityReport.CampaignReport;
import de.innenstadt.core.city.CityReport.PointEffect;
import de.innenstadt.core.city.CityReport.UseRow;
import de.innenstadt.core.city.FootfallBuckets.Bucket;
import de.innenstadt.core.city.FootfallLocation;
import de.innenstadt.core.city.Resolution;
import de.innenstadt.core.city.SmallGroups;
import de.innenstadt.core.platform.Actor;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.ResourceBundle;

/**
 * Turns the city report into what the dashboard shows: for each chart its table (which is also the CSV
 * file and the screen-reader version) and its Chart.js configuration. Suppressed groups read
 * {@value SmallGroups#SUPPRESSED} in tables and are left out of charts.
 */
public final class CityFigures {

    private final CityReport report;
    private final Actor actor;
    private final Locale locale;
    private final ResourceBundle msg;
    private final ZoneId zone;
    private final NumberFormat integers;
    private final NumberFormat decimals;

    public CityFigures(CityReport report, Actor actor, Locale locale) {
        this.report = report;
        this.actor = actor;
        this.locale = locale;
        this.msg = ResourceBundle.getBundle("de.innenstadt.portal.messages", locale);
        this.zone = report.zone();
        this.integers = NumberFormat.getIntegerInstance(locale);
        this.decimals = NumberFormat.getNumberInstance(locale);
        decimals.setMaximumFractionDigits(1);
        decimals.setMinimumFractionDigits(1);
    }

    /** The resolved selection: defaults filled in from the data. */
    public record Selection(FootfallLocation location, Resolution resolution, LocalDate first, LocalDate last,
            Optional<Campaign> campaign) {
    }

    public Selection select(DashboardQuery query, Clock clock) {
        List<FootfallLocation> locations = report.locations(actor);
        FootfallLocation location = query.locationId()
                .flatMap(id -> locations.stream().filter(l -> l.getId().equals(id)).findFirst())
                .orElse(locations.isEmpty() ? null : locations.get(0));
        LocalDate lastAsked = query.to().orElseGet(() -> report.lastCountedDay(actor));
        int defaultDays = switch (query.resolution()) {
            case HOUR -> 7;
            case DAY -> 56;
            case WEEK -> 364;
            case MONTH -> 365;
        };
        int longest = query.resolution() == Resolution.MONTH ? 3 * 366 : 400;
        LocalDate firstAsked = query.from().filter(f -> !f.isAfter(lastAsked)).orElse(lastAsked.minusDays(defaultDays - 1L));
        if (firstAsked.isBefore(lastAsked.minusDays(longest))) {
            firstAsked = lastAsked.minusDays(longest);
        }
        // whole weeks and months only: a cut-off week at the edge would look like a collapse, and one
        // still running like an outage; the view ends with the last one counted to its end
        Resolution resolution = query.resolution();
        LocalDate first = resolution.bucketStart(firstAsked);
        LocalDate counted = report.lastCompleteDay(actor);
        LocalDate last = !resolution.bucketEnd(lastAsked).isAfter(counted) || resolution.bucketStart(lastAsked).equals(first)
                ? resolution.bucketEnd(lastAsked) : resolution.bucketStart(lastAsked).minusDays(1);
        List<Campaign> campaigns = report.startedCampaigns(actor, Instant.now(clock));
        Optional<Campaign> campaign = query.campaignId()
                .flatMap(id -> campaigns.stream().filter(c -> c.getId().equals(id)).findFirst())
                .or(() -> campaigns.stream().findFirst());
        return new Selection(location, query.resolution(), first, last, campaign);
    }

    public List<Campaign> campaigns(Clock clock) {
        return report.startedCampaigns(actor, Instant.now(clock));
    }

    public List<FootfallLocation> locations() {
        return report.locations(actor);
    }

    // ---- footfall ------------------------------------------------------------------------------

    /** Footfall chart of one counting point. */
    public record FootfallFigure(FigureTable table, String chartJson, String summary) {
    }

    public FootfallFigure footfall(Selection selection) {
        if (selection.location() == null) {
            FigureTable empty = new FigureTable("footfall", msg.getString("city.footfall.title"), List.of(), List.of(), List.of(), List.of());
            return new FootfallFigure(empty, ChartJson.line(List.of(), List.of(), List.of(), List.of(), msg), msg.getString("city.footfall.none"));
        }
        List<Bucket> buckets = report.footfall(actor, selection.location().getId(), selection.first(), selection.last(),
                selection.resolution());
        DateTimeFormatter format = switch (selection.resolution()) {
            case HOUR -> DateTimeFormatter.ofPattern("EE dd.MM. HH:mm", locale);
            case DAY -> DateTimeFormatter.ofPattern("EE dd.MM.yyyy", locale);
            case WEEK -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        };
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<Double> temperatures = new ArrayList<>();
        List<Boolean> gaps = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> data = new ArrayList<>();
        FootfallLocation location = selection.location();
        int gapBuckets = 0;
        int unverified = 0;
        for (Bucket bucket : buckets) {
            String label = selection.resolution() == Resolution.WEEK
                    ? MessageFormat.format(msg.getString("city.footfall.weekOf"), format.format(bucket.start()))
                    : format.format(bucket.start()) + clockChangeZone(bucket, selection.resolution(), locale);
            labels.add(label);
            // exact counts: a laser counter counts passers-by nobody can be told apart in (ADR 0009)
            counts.add(bucket.complete() ? bucket.counted() : null);
            temperatures.add(bucket.meanTemperature() == null ? null : bucket.meanTemperature().doubleValue());
            gaps.add(!bucket.complete());
            if (!bucket.complete()) {
                gapBuckets++;
            }
            unverified += bucket.unverifiedHours();
            rows.add(List.of(label, footfallCell(bucket), Integer.toString(bucket.hoursMissing()), outageCell(bucket),
                    Integer.toString(bucket.unverifiedHours()),
                    bucket.meanTemperature() == null ? "" : decimals.format(bucket.meanTemperature()),
                    bucket.weather() == null ? "" : weather(bucket.weather())));
            data.add(List.of(location.getExternalId(), location.getName(), selection.resolution().name().toLowerCase(Locale.ROOT),
                    bucket.start().atOffset(bucket.offset()).toString(), bucket.gap() ? "" : Long.toString(bucket.counted()),
                    Boolean.toString(bucket.complete()), Integer.toString(bucket.hoursExpected()), Integer.toString(bucket.hoursMissing()),
                    Integer.toString(bucket.outageHours()), Objects.toString(bucket.outageReason(), ""),
                    Integer.toString(bucket.unverifiedHours()), bucket.meanTemperature() == null ? "" : bucket.meanTemperature().toPlainString(),
                    Objects.toString(bucket.weather(), "")));
        }
        FigureTable table = new FigureTable("footfall", MessageFormat.format(msg.getString("city.footfall.caption"),
                selection.location().getName(), msg.getString("city.resolution." + selection.resolution().name())),
                List.of(msg.getString("city.col.period"), msg.getString("city.col.pedestrians"),
                        msg.getString("city.col.hoursMissing"), msg.getString("city.col.outage"), msg.getString("city.col.unverified"),
                        msg.getString("city.col.temperature"), msg.getString("city.col.weather")),
                rows, List.of("location_id", "location_name", "resolution", "period_start", "pedestrians", "complete", "hours_expected",
                        "hours_missing", "outage_hours", "outage_reason", "unverified_hours", "temperature_c", "weather"), data);
        String summary = MessageFormat.format(msg.getString("city.footfall.summary"), selection.location().getName(),
                buckets.size(), gapBuckets, unverified);
        return new FootfallFigure(table, ChartJson.line(labels, counts, temperatures, gaps, msg), summary);
    }

    /**
     * „ MESZ“ or „ MEZ“ after an hour that comes twice (02:00 on the day the clocks go back), so the
     * two rows are told apart; nothing for every other hour.
     */
    private String clockChangeZone(Bucket bucket, Resolution resolution, Locale locale) {
        if (resolution != Resolution.HOUR || zone.getRules().getValidOffsets(bucket.start()).size() < 2) {
            return "";
        }
        return " " + DateTimeFormatter.ofPattern("zzz", locale).format(ZonedDateTime.ofLocal(bucket.start(), zone, bucket.offset()));
    }

    private String footfallCell(Bucket bucket) {
        if (bucket.gap()) {
            return msg.getString("city.gap");
        }
        String counted = integers.format(bucket.counted());
        return bucket.complete() ? counted
                : MessageFormat.format(msg.getString("city.incomplete"), counted, bucket.hoursMissing());
    }

    /** How many of the missing hours the operator reported as an outage, and why („2 Std.: Laserausfall“). */
    private String outageCell(Bucket bucket) {
        return bucket.outageHours() == 0 ? ""
                : MessageFormat.format(msg.getString("city.outage"), bucket.outageHours(), Objects.toString(bucket.outageReason(), ""));
    }

    private String weather(String condition) {
        return msg.containsKey("city.weather." + condition) ? msg.getString("city.weather." + condition) : condition;
    }

    // ---- campaign effect -----------------------------------------------------------------------

    /** Campaign effect on footfall and platform use. */
    public record EffectFigure(CampaignReport report, FigureTable effect, String effectChartJson, String sentence,
            FigureTable platform, String platformChartJson, FigureTable categories, FigureTable shops) {
    }

    public Optional<EffectFigure> effect(Selection selection) {
        if (selection.campaign().isEmpty()) {
            return Optional.empty();
        }
        CampaignReport campaignReport = report.campaignReport(actor, selection.campaign().get().getId());
        EffectTable.Effect effect = new EffectTable(msg, locale).of(campaignReport);
        List<String> useLabels = new ArrayList<>();
        List<Double> during = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (UseRow row : campaignReport.platform()) {
            useLabels.add(msg.getString("city.use." + row.group()));
            during.add(row.suppressed() ? null : (double) row.during());
            baseline.add(row.suppressed() ? null : round(row.baselineMean()));
        }
        FigureTable platform = useTable("platform", msg.getString("city.use.caption"), msg.getString("city.col.figure"),
                campaignReport.platform(), true);
        return Optional.of(new EffectFigure(campaignReport, effect.table(), ChartJson.uplift(effect.points(), effect.uplift(),
                effect.band(), msg), effect.sentence(),
                platform, ChartJson.comparison(useLabels, during, baseline, msg),
                useTable("categories", msg.getString("city.use.categories"), msg.getString("city.col.category"),
                        campaignReport.reservationsByCategory(), false),
                useTable("shops", msg.getString("city.use.shops"), msg.getString("city.col.shop"),
                        campaignReport.reservationsByShop(), false)));
    }

    private FigureTable useTable(String id, String caption, String groupHeader, List<UseRow> useRows, boolean translate) {
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> data = new ArrayList<>();
        for (UseRow row : useRows) {
            Double change = row.changePercent();
            data.add(List.of(row.group(), SmallGroups.isSuppressed(row.during()) ? "" : Long.toString(row.during()),
                    EffectTable.plain(SmallGroups.shown(row.baselineMean())), change == null ? "" : EffectTable.plain(OptionalDouble.of(change)),
                    Boolean.toString(row.suppressed())));
            rows.add(List.of(translate ? msg.getString("city.use." + row.group()) : row.group(), row.duringLabel(),
                    row.suppressed() && !SmallGroups.shown(row.baselineMean()).isPresent() ? SmallGroups.SUPPRESSED
                            : decimals.format(row.baselineMean()),
                    change == null ? SmallGroups.SUPPRESSED : signed(change)));
        }
        return new FigureTable(id, caption, List.of(groupHeader, msg.getString("city.col.during"),
                msg.getString("city.col.baseline"), msg.getString("city.col.change")), rows,
                List.of("group", "during", "baseline_mean", "change_percent", "not_shown"), data);
    }

    private String percent(boolean shown, OptionalDouble value) {
        return shown && value.isPresent() ? signed(value.getAsDouble()) : SmallGroups.SUPPRESSED;
    }

    private String signed(double percent) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        return (percent > 0 ? "+" : "") + format.format(Math.round(percent)) + " %";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
