// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import de.innenstadt.core.city.StreetRanking;
import de.innenstadt.core.city.StreetRanking.StreetChange;
import de.innenstadt.core.platform.Actor;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The street ranking as the dashboard shows it: which streets gained or lost between two periods,
 * by default the last four weeks against the same four weeks a year before (or, without counts a
 * year back, against the four weeks before them).
 */
public final class RankingTable {

    /** Four whole weeks: every weekday four times. */
    static final int DEFAULT_DAYS = 28;

    /** The ranking with the periods it compares. */
    public record Ranking(FigureTable table, String sentence, LocalDate from, LocalDate to, LocalDate baseFrom, LocalDate baseTo) {
    }

    private final StreetRanking ranking;
    private final Actor actor;
    private final ResourceBundle msg;
    private final Locale locale;

    RankingTable(StreetRanking ranking, Actor actor, ResourceBundle msg, Locale locale) {
        this.ranking = ranking;
        this.actor = actor;
        this.msg = msg;
        this.locale = locale;
    }

    Ranking of(DashboardQuery.Periods periods, LocalDate lastCounted) {
        LocalDate to = periods.to().orElse(lastCounted);
        LocalDate from = periods.from().filter(day -> !day.isAfter(to)).orElse(to.minusDays(DEFAULT_DAYS - 1L));
        List<StreetChange> changes;
        LocalDate baseFrom;
        LocalDate baseTo;
        if (periods.baseFrom().isPresent() && periods.baseTo().isPresent() && !periods.baseFrom().get().isAfter(periods.baseTo().get())) {
            baseFrom = periods.baseFrom().get();
            baseTo = periods.baseTo().get();
            changes = ranking.rank(actor, baseFrom, baseTo, from, to);
        } else {
            baseFrom = from.minusWeeks(52);
            baseTo = to.minusWeeks(52);
            changes = ranking.rank(actor, baseFrom, baseTo, from, to);
            if (changes.stream().allMatch(change -> change.before().isEmpty())) {
                long days = to.toEpochDay() - from.toEpochDay() + 1;
                baseFrom = from.minusDays(days);
                baseTo = from.minusDays(1);
                changes = ranking.rank(actor, baseFrom, baseTo, from, to);
            }
        }
        return table(changes, from, to, baseFrom, baseTo);
    }

    private Ranking table(List<StreetChange> changes, LocalDate from, LocalDate to, LocalDate baseFrom, LocalDate baseTo) {
        NumberFormat integers = NumberFormat.getIntegerInstance(locale);
        String later = period(from, to);
        String earlier = period(baseFrom, baseTo);
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> data = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (StreetChange change : changes) {
            String name = change.location().getName();
            String percent = change.changePercent().isPresent() ? signed(change.changePercent().getAsDouble()) : "–";
            rows.add(List.of(name, change.after().isPresent() ? integers.format(Math.round(change.after().getAsDouble())) : "–",
                    change.before().isPresent() ? integers.format(Math.round(change.before().getAsDouble())) : "–", percent,
                    change.daysAfter() + " / " + change.daysBefore()));
            data.add(List.of(change.location().getExternalId(), name, from.toString(), to.toString(), baseFrom.toString(),
                    baseTo.toString(), EffectTable.plain(change.after()), EffectTable.plain(change.before()),
                    EffectTable.plain(change.changePercent()), Integer.toString(change.daysAfter()),
                    Integer.toString(change.daysBefore())));
            if (change.changePercent().isPresent()) {
                parts.add(name + " " + percent);
            }
        }
        String sentence = parts.isEmpty() ? MessageFormat.format(msg.getString("city.ranking.none"), later, earlier)
                : MessageFormat.format(msg.getString("city.ranking.sentence"), later, earlier, String.join(", ", parts));
        FigureTable table = new FigureTable("ranking", MessageFormat.format(msg.getString("city.ranking.caption"), later, earlier),
                List.of(msg.getString("city.col.point"), MessageFormat.format(msg.getString("city.ranking.perDay"), later),
                        MessageFormat.format(msg.getString("city.ranking.perDay"), earlier), msg.getString("city.col.change"),
                        msg.getString("city.ranking.days")),
                rows, List.of("location_id", "location_name", "from", "to", "base_from", "base_to", "pedestrians_per_day",
                        "base_pedestrians_per_day", "change_percent", "complete_days", "base_complete_days"), data);
        return new Ranking(table, sentence, from, to, baseFrom, baseTo);
    }

    private String period(LocalDate from, LocalDate to) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd.MM.yyyy", locale);
        return format.format(from) + " – " + format.format(to);
    }

    private String signed(double percent) {
        return (percent > 0 ? "+" : percent < 0 ? "−" : "") + NumberFormat.getIntegerInstance(locale).format(Math.abs(Math.round(percent))) + " %";
    }
}
