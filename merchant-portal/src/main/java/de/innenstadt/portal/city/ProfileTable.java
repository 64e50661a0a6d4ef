// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import de.innenstadt.core.city.FootfallLocation;
import de.innenstadt.core.city.StreetProfiles;
import de.innenstadt.core.city.StreetProfiles.Split;
import de.innenstadt.core.city.StreetProfiles.WeekdayProfile;
import de.innenstadt.core.platform.Actor;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.ResourceBundle;

/**
 * Every street's week in one chart and table (pedestrians per weekday over the dashboard's period)
 * and the direction and adult/child split of the selected counting point.
 */
public final class ProfileTable {

    /** What the dashboard shows of the streets' weeks and the selected point's split. */
    public record Profiles(FigureTable weekdays, String chartJson, FigureTable split) {
    }

    private final StreetProfiles profiles;
    private final Actor actor;
    private final ResourceBundle msg;
    private final Locale locale;

    ProfileTable(StreetProfiles profiles, Actor actor, ResourceBundle msg, Locale locale) {
        this.profiles = profiles;
        this.actor = actor;
        this.msg = msg;
        this.locale = locale;
    }

    Profiles of(FootfallLocation selected, LocalDate first, LocalDate last) {
        NumberFormat integers = NumberFormat.getIntegerInstance(locale);
        List<WeekdayProfile> streets = profiles.weekdays(actor, first, last).stream().filter(p -> p.completeDays() > 0).toList();
        List<String> weekdays = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> data = new ArrayList<>();
        List<List<Double>> series = new ArrayList<>();
        streets.forEach(street -> series.add(new ArrayList<>()));
        for (DayOfWeek weekday : DayOfWeek.values()) {
            String name = weekday.getDisplayName(TextStyle.FULL, locale);
            weekdays.add(name);
            List<String> row = new ArrayList<>(List.of(name));
            for (int i = 0; i < streets.size(); i++) {
                OptionalDouble perDay = streets.get(i).perDay().get(weekday);
                row.add(perDay.isPresent() ? integers.format(Math.round(perDay.getAsDouble())) : "–");
                series.get(i).add(perDay.isPresent() ? (double) Math.round(perDay.getAsDouble()) : null);
                data.add(List.of(streets.get(i).location().getExternalId(), streets.get(i).location().getName(), first.toString(),
                        last.toString(), weekday.name().toLowerCase(Locale.ROOT), EffectTable.plain(perDay)));
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(msg.getString("city.col.weekday")));
        List<String> names = streets.stream().map(street -> street.location().getName()).toList();
        headers.addAll(names);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String period = dates.format(first) + " – " + dates.format(last);
        FigureTable weekdayTable = new FigureTable("weekdays", MessageFormat.format(msg.getString("city.profile.caption"), period),
                headers, rows, List.of("location_id", "location_name", "from", "to", "weekday", "pedestrians_per_day"), data);
        String chart = ChartJson.groupedBars(weekdays, names, series, msg.getString("city.profile.axis"));
        return new Profiles(weekdayTable, chart, split(selected, first, last, period));
    }

    private FigureTable split(FootfallLocation selected, LocalDate first, LocalDate last, String period) {
        if (selected == null) {
            return new FigureTable("split", msg.getString("city.split.title"), List.of(), List.of(), List.of(), List.of());
        }
        Split split = profiles.split(actor, selected.getId(), first, last);
        NumberFormat integers = NumberFormat.getIntegerInstance(locale);
        List<List<String>> rows = List.of(
                List.of(msg.getString("city.split.leftToRight"), integers.format(split.leftToRight()),
                        percent(split.leftToRightPercent()), Integer.toString(split.directionHours())),
                List.of(msg.getString("city.split.rightToLeft"), integers.format(split.rightToLeft()),
                        percent(split.leftToRightPercent().isPresent() ? OptionalDouble.of(100 - split.leftToRightPercent().getAsDouble())
                                : OptionalDouble.empty()), Integer.toString(split.directionHours())),
                List.of(msg.getString("city.split.adults"), integers.format(split.adults()),
                        percent(split.childrenPercent().isPresent() ? OptionalDouble.of(100 - split.childrenPercent().getAsDouble())
                                : OptionalDouble.empty()), Integer.toString(split.ageHours())),
                List.of(msg.getString("city.split.children"), integers.format(split.children()), percent(split.childrenPercent()),
                        Integer.toString(split.ageHours())));
        List<List<String>> data = List.of(
                List.of(selected.getExternalId(), first.toString(), last.toString(), Long.toString(split.leftToRight()),
                        Long.toString(split.rightToLeft()), Integer.toString(split.directionHours()), Long.toString(split.adults()),
                        Long.toString(split.children()), Integer.toString(split.ageHours())));
        return new FigureTable("split", MessageFormat.format(msg.getString("city.split.caption"), selected.getName(), period),
                List.of(msg.getString("city.split.group"), msg.getString("city.col.pedestrians"), msg.getString("city.split.share"),
                        msg.getString("city.split.hours")),
                rows, List.of("location_id", "from", "to", "left_to_right", "right_to_left", "direction_hours", "adults", "children",
                        "age_hours"), data);
    }

    private String percent(OptionalDouble value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return value.isPresent() ? format.format(value.getAsDouble()) + " %" : "–";
    }
}
