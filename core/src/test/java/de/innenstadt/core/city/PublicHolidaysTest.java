// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicHolidaysTest {

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25"})
    void easterSundayMatchesTheCalendar(int year, LocalDate expected) {
        assertThat(PublicHolidays.easterSunday(year)).isEqualTo(expected);
    }

    @Test
    void rhinelandPalatinateHasCorpusChristiAndAllSaintsButNotReformationDay() {
        Map<LocalDate, String> days = PublicHolidays.of(Region.RP, 2026);
        assertThat(days).hasSize(11)
                .containsEntry(LocalDate.of(2026, 6, 4), "Fronleichnam")
                .containsEntry(LocalDate.of(2026, 11, 1), "Allerheiligen")
                .containsEntry(LocalDate.of(2026, 4, 3), "Karfreitag")
                .containsEntry(LocalDate.of(2026, 5, 14), "Christi Himmelfahrt")
                .doesNotContainKey(LocalDate.of(2026, 10, 31));
    }

    @Test
    void regionalHolidaysFollowTheirStates() {
        assertThat(PublicHolidays.of(Region.SN, 2026)).containsEntry(LocalDate.of(2026, 11, 18), "Buß- und Bettag");
        assertThat(PublicHolidays.of(Region.BE, 2026)).containsKey(LocalDate.of(2026, 3, 8));
        assertThat(PublicHolidays.of(Region.BE, 2018)).doesNotContainKey(LocalDate.of(2018, 3, 8));
        assertThat(PublicHolidays.of(Region.NI, 2026)).containsKey(LocalDate.of(2026, 10, 31));
        assertThat(PublicHolidays.of(Region.NI, 2016)).doesNotContainKey(LocalDate.of(2016, 10, 31));
        assertThat(PublicHolidays.of(Region.SL, 2026)).containsKey(LocalDate.of(2026, 8, 15));
        assertThat(PublicHolidays.of(Region.BY, 2026)).containsKey(LocalDate.of(2026, 1, 6));
    }
}
