// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import de.innenstadt.core.city.PlatformFigures;
import de.innenstadt.core.city.PlatformFigures.Freshness;
import de.innenstadt.core.city.SmallGroups;
import de.innenstadt.core.city.SpellingGroups.Group;
import de.innenstadt.core.platform.Actor;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The platform for the city: how current the shops' stock is, offers, reservations per month, and
 * the demand gap — searches that found nothing or nearly nothing in any period, each wish counted
 * once over its spellings.
 */
public final class PlatformTable {

    /** How far back the demand gap looks by default, and how many wishes it lists. */
    static final int DEMAND_DAYS = 90;
    static final int DEMAND_TERMS = 15;
    /** „Nearly nothing“: one or two hits, usually the wrong thing. */
    static final int FEW_HITS = 2;

    /** What the dashboard shows of the platform. */
    public record Platform(String freshness, FigureTable months, String monthsChart, FigureTable zeroHits, String zeroHitsChart,
            FigureTable fewHits, LocalDate demandFrom, LocalDate demandTo) {
    }

    private final PlatformFigures figures;
    private final Actor actor;
    private final ResourceBundle msg;
    private final Locale locale;
    private final ZoneId zone;

    PlatformTable(PlatformFigures figures, Actor actor, ResourceBundle msg, Locale locale, ZoneId zone) {
        this.figures = figures;
        this.actor = actor;
        this.msg = msg;
        this.locale = locale;
        this.zone = zone;
    }

    Platform of(DashboardQuery.Periods periods, LocalDate lastCounted, Clock clock) {
        NumberFormat integers = NumberFormat.getIntegerInstance(locale);
        Freshness fresh = figures.freshness(actor, Instant.now(clock));
        String freshness = MessageFormat.format(msg.getString(fresh.withFeed() == 0 ? "city.platform.freshnessByHand"
                : "city.platform.freshness"), fresh.fresh(), fresh.shops(),
                fresh.shops() == 0 ? 0 : Math.round(100.0 * fresh.fresh() / fresh.shops()), fresh.freshWithFeed(), fresh.withFeed(),
                integers.format(fresh.offers()), fresh.stores());

        YearMonth thisMonth = YearMonth.now(clock.withZone(zone));
        Map<YearMonth, Long> perMonth = figures.reservationsPerMonth(actor, thisMonth.minusMonths(11), thisMonth);
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        List<List<String>> monthRows = new ArrayList<>();
        List<List<String>> monthData = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        perMonth.forEach((month, count) -> {
            String label = monthName.format(month) + (month.equals(thisMonth) ? " " + msg.getString("city.platform.running") : "");
            labels.add(label);
            values.add(SmallGroups.isSuppressed(count) ? null : (double) count);
            monthRows.add(List.of(label, SmallGroups.isSuppressed(count) ? SmallGroups.SUPPRESSED : integers.format(count)));
            monthData.add(List.of(month.toString(), SmallGroups.isSuppressed(count) ? "" : Long.toString(count),
                    Boolean.toString(month.equals(thisMonth))));
        });
        FigureTable months = new FigureTable("months", msg.getString("city.platform.monthsCaption"),
                List.of(msg.getString("city.platform.month"), msg.getString("city.use.reservations")), monthRows,
                List.of("month", "reservations", "running"), monthData);

        LocalDate to = periods.demandTo().orElse(lastCounted);
        LocalDate from = periods.demandFrom().filter(day -> !day.isAfter(to)).orElse(to.minusDays(DEMAND_DAYS - 1L));
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String period = dates.format(from) + " – " + dates.format(to);
        List<Group> nothing = top(figures.searchesWithFewHits(actor, start, end, 0, 0));
        List<Group> little = top(figures.searchesWithFewHits(actor, start, end, 1, FEW_HITS));
        FigureTable zeroHits = searches("demand", MessageFormat.format(msg.getString("city.demand.caption"), period), nothing, from, to);
        FigureTable fewHits = searches("fewhits", MessageFormat.format(msg.getString("city.demand.fewCaption"), period), little, from, to);
        String chart = ChartJson.bars(nothing.stream().map(Group::label).toList(),
                nothing.stream().map(group -> (double) group.total()).toList(), msg.getString("city.col.searches"));
        return new Platform(freshness, months, ChartJson.bars(labels, values, msg.getString("city.use.reservations")), zeroHits, chart,
                fewHits, from, to);
    }

    private static List<Group> top(List<Group> groups) {
        return groups.subList(0, Math.min(DEMAND_TERMS, groups.size()));
    }

    private FigureTable searches(String id, String caption, List<Group> groups, LocalDate from, LocalDate to) {
        NumberFormat integers = NumberFormat.getIntegerInstance(locale);
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> data = new ArrayList<>();
        for (Group group : groups) {
            List<String> others = group.spellings().keySet().stream().filter(spelling -> !spelling.equals(group.label())).toList();
            rows.add(List.of(group.label(), String.join(", ", others), integers.format(group.total())));
            data.add(List.of(group.label(), String.join("|", others), Long.toString(group.total()), from.toString(), to.toString()));
        }
        return new FigureTable(id, caption, List.of(msg.getString("city.col.term"), msg.getString("city.demand.spellings"),
                msg.getString("city.col.searches")), rows, List.of("term", "other_spellings", "searches", "from", "to"), data);
    }
}
