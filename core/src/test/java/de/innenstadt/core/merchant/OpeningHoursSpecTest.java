// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpeningHoursSpecTest {

    @Test
    void parsesWeekdayRangeAndSaturday() {
        List<OpeningInterval> hours = OpeningHoursSpec.parse("Mo-Fr 09:30-18:30; Sa 09:30-16:00");

        assertThat(hours).hasSize(6);
        assertThat(hours.get(0)).isEqualTo(opening(DayOfWeek.MONDAY, "09:30", "18:30"));
        assertThat(hours.get(4)).isEqualTo(opening(DayOfWeek.FRIDAY, "09:30", "18:30"));
        assertThat(hours.get(5)).isEqualTo(opening(DayOfWeek.SATURDAY, "09:30", "16:00"));
    }

    @Test
    void lunchBreakBecomesTwoIntervalsPerDay() {
        List<OpeningInterval> hours = OpeningHoursSpec.parse("Mo-Fr 09:00-12:30,14:00-18:00");

        assertThat(hours).hasSize(10);
        assertThat(hours).filteredOn(o -> o.day() == DayOfWeek.WEDNESDAY).containsExactly(
                opening(DayOfWeek.WEDNESDAY, "09:00", "12:30"),
                opening(DayOfWeek.WEDNESDAY, "14:00", "18:00"));
    }

    @Test
    void parsesDayListsAndSundayAndSortsByDay() {
        List<OpeningInterval> hours = OpeningHoursSpec.parse("So 08:00-11:00; Mo,Mi,Fr 06:30-12:00");

        assertThat(hours).extracting(OpeningInterval::day).containsExactly(
                DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void toleratesExtraWhitespace() {
        assertThat(OpeningHoursSpec.parse("  Mo-Fr  09:00-12:30 , 14:00-18:00 ;Sa 09:00-13:00 "))
                .isEqualTo(OpeningHoursSpec.parse("Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-13:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mo-Sa 09:30-20:00",
        "Mo-Fr 09:30-18:30; Sa 09:30-16:00",
        "Di-Fr 10:00-13:00,14:00-18:00; Sa 10:00-14:00",
        "Mo-Fr 06:30-18:00; Sa 06:30-13:00; So 08:00-11:00",
        "Mo,Mi,Fr 08:00-12:00; Di,Do 14:00-18:00",
        "Mo-Mi,Fr 09:00-18:00; Do 09:00-20:00"
    })
    void formatWritesBackTheCanonicalText(String canonical) {
        assertThat(OpeningHoursSpec.format(OpeningHoursSpec.parse(canonical))).isEqualTo(canonical);
    }

    @Test
    void formatDoesNotDependOnInputOrder() {
        List<OpeningInterval> hours =
                new ArrayList<>(OpeningHoursSpec.parse("Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-13:00"));
        Collections.reverse(hours);

        assertThat(OpeningHoursSpec.format(hours)).isEqualTo("Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-13:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "Mo-Fr",
        "09:00-18:00",
        "Xy 09:00-10:00",
        "Mo-Fr 9:300-18:30",
        "Mo-Fr 9-18 und Sa",
        "Fr-Mo 09:00-18:00",
        "Mo-Fr 18:00-09:00",
        "Mo-Fr 09:00-09:00",
        "Mo-Fr 25:00-26:00",
        "Mo-Fr 09:60-18:00",
        "Mo-Fr 09:00-13:00,12:00-18:00",
        "Mo-Fr 09:00-18:00; Mo 17:00-19:00",
        "Mo,Mo 09:00-18:00",
        "Mo-Fr 09:00-18:00;",
        "Mo-Fr 09:00-18:00;; Sa 10:00-14:00",
        "Mo-Fr 09:00-12:00,"
    })
    void rejectsMalformedTextWithAReason(String spec) {
        assertThatThrownBy(() -> OpeningHoursSpec.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .message().isNotBlank();
    }

    /** What shop owners type, from the issue and from shop doors; each means exactly one week. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mo-Fr 9:30-18:30, Sa 10-16 | Mo-Fr 09:30-18:30; Sa 10:00-16:00",
        "Mo–Fr 9–18 Uhr; Sa 10–14 Uhr | Mo-Fr 09:00-18:00; Sa 10:00-14:00",
        "mo - fr 9.30 - 12.30, 14 - 18, sa 10-13 | Mo-Fr 09:30-12:30,14:00-18:00; Sa 10:00-13:00",
        "Montag-Freitag 10-19; Samstag 10-16 | Mo-Fr 10:00-19:00; Sa 10:00-16:00",
        "Mo., Di., Do. 9-13 | Mo-Di,Do 09:00-13:00",
        "Sonnabend 8-12 | Sa 08:00-12:00"
    })
    void readsHoursAsOwnersWriteThem(String typed, String canonical) {
        assertThat(OpeningHoursSpec.format(OpeningHoursSpec.parse(typed))).isEqualTo(canonical);
    }

    @Test
    void aLineBreakSeparatesGroupsLikeASemicolon() {
        assertThat(OpeningHoursSpec.format(OpeningHoursSpec.parse("Mo-Fr 9-18\nSa 10-14\n")))
                .isEqualTo("Mo-Fr 09:00-18:00; Sa 10:00-14:00");
    }

    @Test
    void eachRefusalSaysWhatIsWrongAndWhere() {
        assertThatThrownBy(() -> OpeningHoursSpec.parse("Mo-Fr 9-18, Sx 10-12")).isInstanceOfSatisfying(OpeningHoursException.class,
                e -> assertThat(e.problem()).isEqualTo(OpeningHoursException.Problem.UNKNOWN_DAY));
        assertThatThrownBy(() -> OpeningHoursSpec.parse("Mo-Fr 18-9")).isInstanceOfSatisfying(OpeningHoursException.class, e -> {
            assertThat(e.problem()).isEqualTo(OpeningHoursException.Problem.CLOSES_BEFORE_OPENS);
            assertThat(e.parts()).startsWith("18-9");
        });
        assertThatThrownBy(() -> OpeningHoursSpec.parse("Mo 9-13, 12-18")).isInstanceOfSatisfying(OpeningHoursException.class, e -> {
            assertThat(e.problem()).isEqualTo(OpeningHoursException.Problem.OVERLAP);
            assertThat(e.parts()).containsExactly("Mo", "09:00-13:00", "12:00-18:00");
        });
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> OpeningHoursSpec.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorNamesTheOffendingPart() {
        assertThatThrownBy(() -> OpeningHoursSpec.parse("Mo-Fr 09:00-18:00; Sx 10:00-12:00"))
                .hasMessageContaining("'Sx'");
        assertThatThrownBy(() -> OpeningHoursSpec.parse("Mo-Fr 09:00-18:00; Sa 10:00-1400"))
                .hasMessageContaining("'10:00-1400'");
        assertThatThrownBy(() -> OpeningHoursSpec.parse("Mo 09:00-13:00,12:00-18:00"))
                .hasMessageContaining("overlap").hasMessageContaining("Mo");
    }

    @Test
    void formatRejectsEmptyAndOverlappingLists() {
        assertThatThrownBy(() -> OpeningHoursSpec.format(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpeningHoursSpec.format(List.of(
                        opening(DayOfWeek.MONDAY, "09:00", "13:00"), opening(DayOfWeek.MONDAY, "12:00", "18:00"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIntervalClosingBeforeItOpensRunsPastMidnightButEmptyOnesAreRejected() {
        assertThat(opening(DayOfWeek.FRIDAY, "20:00", "02:00").spansMidnight()).isTrue();
        assertThat(opening(DayOfWeek.FRIDAY, "09:00", "18:00").spansMidnight()).isFalse();
        assertThatThrownBy(() -> opening(DayOfWeek.MONDAY, "09:00", "09:00"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OpeningInterval opening(DayOfWeek day, String opens, String closes) {
        return new OpeningInterval(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }
}
