// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import de.innenstadt.core.city.CampaignEffect;
import de.innenstadt.core.city.CampaignEffect.Adjustment;
import de.innenstadt.core.city.CityReport.CampaignReport;
import de.innenstadt.core.city.CityReport.PointEffect;
import de.innenstadt.core.city.FootfallLocation;
import de.innenstadt.core.city.SmallGroups;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A campaign's effect on footfall as the dashboard tells it: one sentence that names the effect per
 * counting point with its band and whether it is measurable, how it was measured (which correction
 * for season and weather could be made) and how wet the campaign hours were; the table; the CSV
 * data; the chart's values.
 */
final class EffectTable {

    /** What the dashboard shows of the footfall effect. */
    record Effect(FigureTable table, String sentence, List<String> points, List<Double> uplift, List<double[]> band) {
    }

    private final ResourceBundle msg;
    private final Locale locale;
    private final NumberFormat integers;
    private final NumberFormat decimals;

    EffectTable(ResourceBundle msg, Locale locale) {
        this.msg = msg;
        this.locale = locale;
        this.integers = NumberFormat.getIntegerInstance(locale);
        this.decimals = NumberFormat.getNumberInstance(locale);
        decimals.setMaximumFractionDigits(1);
        decimals.setMinimumFractionDigits(1);
    }

    Effect of(CampaignReport report) {
        List<String> points = new ArrayList<>();
        List<Double> uplift = new ArrayList<>();
        List<double[]> band = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> data = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        int wet = 0;
        int compared = 0;
        int wetComparison = 0;
        int comparisonHours = 0;
        for (PointEffect point : report.footfall()) {
            CampaignEffect.Result result = point.result();
            String name = point.location().getName();
            points.add(name);
            boolean shown = !result.suppressed() && result.upliftPercent().isPresent();
            boolean bandKnown = shown && result.upliftLowPercent().isPresent() && result.upliftHighPercent().isPresent();
            uplift.add(shown ? round(result.upliftPercent().getAsDouble()) : null);
            band.add(bandKnown ? new double[] {round(result.upliftLowPercent().getAsDouble()), round(result.upliftHighPercent().getAsDouble())}
                    : null);
            String verdict = msg.getString(!bandKnown ? "city.effect.verdict.unknown"
                    : result.measurable() ? "city.effect.verdict.measurable" : "city.effect.verdict.ordinary");
            rows.add(List.of(name,
                    shown ? integers.format(result.campaignTotal()) : SmallGroups.SUPPRESSED,
                    shown ? decimals.format(result.expected().getAsDouble()) : SmallGroups.SUPPRESSED,
                    percent(shown, result.upliftPercent()),
                    // kept on one line: „+53 % … +71 %“ broken after each space is hard to read
                    bandKnown ? (percent(true, result.upliftLowPercent()) + " … " + percent(true, result.upliftHighPercent()))
                            .replace(' ', '\u00a0') : "–",
                    shown ? verdict : "–",
                    Integer.toString(result.hoursCompared()), Integer.toString(result.hoursLeftOut()),
                    Integer.toString(result.unverifiedHours()), Integer.toString(result.wetHours())));
            data.add(List.of(point.location().getExternalId(), name, shown ? Long.toString(result.campaignTotal()) : "",
                    shown ? plain(result.expected()) : "", shown ? plain(result.upliftPercent()) : "",
                    bandKnown ? plain(result.upliftLowPercent()) : "", bandKnown ? plain(result.upliftHighPercent()) : "",
                    shown && bandKnown ? Boolean.toString(result.measurable()) : "", result.adjustment().name().toLowerCase(Locale.ROOT),
                    Integer.toString(result.comparisonDays()), Integer.toString(result.hoursCompared()),
                    Integer.toString(result.hoursLeftOut()), Integer.toString(result.unverifiedHours()),
                    Integer.toString(result.wetHours()), Boolean.toString(!shown)));
            parts.add(!shown ? MessageFormat.format(msg.getString("city.effect.partSuppressed"), name)
                    : bandKnown ? MessageFormat.format(msg.getString("city.effect.part"), name, percent(true, result.upliftPercent()),
                            percent(true, result.upliftLowPercent()), percent(true, result.upliftHighPercent()), verdict)
                    : MessageFormat.format(msg.getString("city.effect.partNoBand"), name, percent(true, result.upliftPercent())));
            wet += result.wetHours();
            compared += result.hoursCompared();
            wetComparison += result.wetComparisonHours();
            comparisonHours += result.hoursCompared() * result.comparisonDays();
        }
        StringBuilder sentence = new StringBuilder(MessageFormat.format(msg.getString("city.effect.sentence"),
                report.campaign().getName(), String.join(msg.getString("city.effect.and"), parts)));
        sentence.append(' ').append(method(report));
        if (wet > 0) {
            sentence.append(' ').append(MessageFormat.format(msg.getString("city.effect.wet"), wet, compared,
                    comparisonHours == 0 ? 0 : Math.round(100.0 * wetComparison / comparisonHours)));
        }
        FigureTable table = new FigureTable("effect", MessageFormat.format(msg.getString("city.effect.caption"), report.campaign().getName()),
                List.of(msg.getString("city.col.point"), msg.getString("city.col.during"), msg.getString("city.col.expected"),
                        msg.getString("city.col.uplift"), msg.getString("city.col.band"), msg.getString("city.col.verdict"),
                        msg.getString("city.col.hoursCompared"), msg.getString("city.col.hoursLeftOut"),
                        msg.getString("city.col.unverified"), msg.getString("city.col.wet")),
                rows, List.of("location_id", "location_name", "campaign_total", "expected", "uplift_percent", "uplift_low_percent",
                        "uplift_high_percent", "measurable", "adjustment", "comparison_days", "hours_compared", "hours_left_out",
                        "unverified_hours", "wet_hours", "not_shown"), data);
        return new Effect(table, sentence.toString(), points, uplift, band);
    }

    /** How the expectation was made: the adjustment of the first point (all points of a campaign share it as a rule). */
    private String method(CampaignReport report) {
        Adjustment adjustment = report.footfall().stream().map(p -> p.result().adjustment()).findFirst().orElse(Adjustment.NONE);
        int days = report.footfall().stream().mapToInt(p -> p.result().comparisonDays()).max().orElse(0);
        String controls = report.controls().stream().map(FootfallLocation::getName).collect(Collectors.joining(", "));
        return MessageFormat.format(msg.getString("city.effect.method." + adjustment.name()), days, controls);
    }

    private String percent(boolean shown, OptionalDouble value) {
        if (!shown || value.isEmpty()) {
            return SmallGroups.SUPPRESSED;
        }
        double percent = value.getAsDouble();
        return (percent > 0 ? "+" : "") + NumberFormat.getIntegerInstance(locale).format(Math.round(percent)) + " %";
    }

    /** A figure for the CSV file: a decimal point and one decimal, nothing for an empty one. */
    static String plain(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : "";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
