// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.innenstadt.core.city.FootfallReading;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FootfallCsvParserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final FootfallCsvParser parser = new FootfallCsvParser(BERLIN);

    @Test
    void readsTheLaserCounterDownloadWithGapsAndUnverifiedHoursAsDelivered() {
        List<FootfallReading> readings = parser.parse(new InputStreamReader(
                getClass().getResourceAsStream("/footfall/laser-counter-download.csv"), StandardCharsets.UTF_8));

        assertThat(readings).hasSize(4);
        FootfallReading first = readings.get(0);
        assertThat(first.locationId()).isEqualTo("kl-fackelstrasse");
        assertThat(first.locationName()).isEqualTo("Fackelstraße");
        assertThat(first.hourStart()).isEqualTo(LocalDateTime.of(2026, 5, 9, 8, 0));
        assertThat(first.pedestrians()).isEqualTo(1520);
        assertThat(first.leftToRight()).isEqualTo(760);
        assertThat(first.children()).isEqualTo(140);
        assertThat(first.temperature()).isEqualByComparingTo("14.5");
        assertThat(first.weather()).isEqualTo("clear-day");
        assertThat(readings).filteredOn(r -> r.locationId().equals("kl-fackelstrasse"))
                .extracting(FootfallReading::hourStart)
                .as("12:00 is a gap and stays one")
                .containsExactly(LocalDateTime.of(2026, 5, 9, 8, 0), LocalDateTime.of(2026, 5, 9, 9, 0),
                        LocalDateTime.of(2026, 5, 9, 11, 0));
        assertThat(readings.get(2).unverified()).isTrue();
        assertThat(readings.get(3).adults()).isNull();
    }

    @Test
    void shortHeadersAndLocalTimesAreAccepted() {
        List<FootfallReading> readings = parser.parse(new StringReader(
                "\uFEFFTime;Location;Pedestrians;LTR;RTL;Weather;Unverified\n2026-01-15 17:00;kl-x;42;20;22;snow;ja\n"));

        assertThat(readings).singleElement().satisfies(r -> {
            assertThat(r.hourStart()).isEqualTo(LocalDateTime.of(2026, 1, 15, 16, 0));
            assertThat(r.locationName()).isEqualTo("kl-x");
            assertThat(r.rightToLeft()).isEqualTo(22);
            assertThat(r.unverified()).isTrue();
        });
    }

    @Test
    void aBadRowRejectsTheFileNamingTheLine() {
        String csv = "timestamp;location_id;pedestrians_count\n2026-05-09T10:00:00+02:00;kl-a;10\n2026-05-09T11:00:00+02:00;kl-a;viele\n";

        assertThatThrownBy(() -> parser.parse(new StringReader(csv)))
                .isInstanceOf(FootfallFormatException.class)
                .hasMessage("Line 3: pedestrians_count is not a whole number: 'viele'");
    }

    @Test
    void aMissingColumnAndAnOddTimeAreReported() {
        assertThatThrownBy(() -> parser.parse(new StringReader("timestamp;location_id\n")))
                .hasMessageContaining("'pedestrians_count' is missing");
        assertThatThrownBy(() -> parser.parse(new StringReader("timestamp;location_id;pedestrians_count\n2026-05-09T10:30:00Z;a;1\n")))
                .hasMessageContaining("Line 2").hasMessageContaining("not the start of an hour");
        assertThatThrownBy(() -> parser.parse(new StringReader("timestamp;location_id;pedestrians_count\n2026-05-09T10:00:00Z;a;-3\n")))
                .hasMessageContaining("must not be negative");
    }
}
