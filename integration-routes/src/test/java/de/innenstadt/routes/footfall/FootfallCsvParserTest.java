// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.innenstadt.core.city.FootfallReading;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

    /**
     * hystreet's German download, shaped after the Stadt Moers files published on
     * offenesdatenportal.de (ISO-8859-1, CRLF, „º“ as byte 0xBA, unquoted „Steinstraße, Moers“,
     * English weekdays, direction columns named after where they lead), here for Kaiserslautern's
     * Fackelstraße over the October clock change. The sums were taken from the file with awk, not
     * with this code: Saturday 16,821 in 24 hours, Sunday 5,602 in 25.
     */
    @Test
    void readsHystreetsGermanDownloadAcrossTheClockChangeWithTwentyFiveHours() throws Exception {
        List<FootfallReading> readings = parser.parse(resource("/footfall/hystreet-de-fackelstrasse-2025-10.csv"));

        assertThat(readings).hasSize(49).allSatisfy(r -> {
            assertThat(r.locationId()).isEqualTo("Fackelstraße, Kaiserslautern");
            assertThat(r.isOutage()).isFalse();
        });
        List<FootfallReading> saturday = localDay(readings, LocalDate.of(2025, 10, 25));
        assertThat(saturday).hasSize(24);
        assertThat(total(saturday)).isEqualTo(16_821);
        List<FootfallReading> sunday = localDay(readings, LocalDate.of(2025, 10, 26));
        assertThat(sunday).hasSize(25);
        assertThat(total(sunday)).isEqualTo(5_602);
        assertThat(sunday).extracting(FootfallReading::hourStart).as("02:00 twice: summer time, then winter time")
                .contains(LocalDateTime.of(2025, 10, 26, 0, 0), LocalDateTime.of(2025, 10, 26, 1, 0)).doesNotHaveDuplicates();
        FootfallReading first = readings.get(0);
        assertThat(first.hourStart()).isEqualTo(LocalDateTime.of(2025, 10, 24, 22, 0));
        assertThat(first.pedestrians()).isEqualTo(18);
        assertThat(first.leftToRight()).as("Richtung Stiftsplatz").isEqualTo(9);
        assertThat(first.rightToLeft()).as("Richtung Mainzer Tor").isEqualTo(9);
        assertThat(first.adults()).isEqualTo(17);
        assertThat(first.children()).isEqualTo(1);
        assertThat(first.temperature()).isEqualByComparingTo("8");
        assertThat(first.weather()).isEqualTo("cloudy");
    }

    /**
     * hystreet's English download (the seven columns three public hystreet clients read, UTF-8),
     * Marktstraße on the clock-change Sunday with a „Laserausfall“ from 05:00 to 07:00 and no row
     * for 22:00: the outage hours are outages, not zeros, and the missing hour stays missing.
     */
    @Test
    void readsHystreetsEnglishDownloadWithALaserOutageAndAGap() throws Exception {
        List<FootfallReading> readings = parser.parse(resource("/footfall/hystreet-en-marktstrasse-2025-10.csv"));

        assertThat(readings).hasSize(24);
        assertThat(readings).filteredOn(FootfallReading::isOutage).extracting(FootfallReading::hourStart, FootfallReading::incident)
                .containsExactly(tuple(LocalDateTime.of(2025, 10, 26, 4, 0), "Laserausfall"),
                        tuple(LocalDateTime.of(2025, 10, 26, 5, 0), "Laserausfall"));
        List<FootfallReading> counted = readings.stream().filter(r -> !r.isOutage()).toList();
        assertThat(counted).hasSize(22);
        assertThat(total(counted)).isEqualTo(4_247);
        assertThat(readings).extracting(FootfallReading::hourStart).doesNotContain(LocalDateTime.of(2025, 10, 26, 21, 0));
        assertThat(readings.get(0).locationName()).isEqualTo("Marktstraße, Kaiserslautern");
    }

    @Test
    void aLocalTimeThatTheClockChangeMakesAmbiguousOrSkipsIsRefusedNotGuessed() {
        String header = "Lage;Zeitpunkt der Messung;Fußgänger insgesamt\n";
        assertThatThrownBy(() -> parser.parse(new StringReader(header + "Fackelstraße;2025-10-26 02:00:00;12\n")))
                .hasMessageContaining("Line 2").hasMessageContaining("exists twice");
        assertThatThrownBy(() -> parser.parse(new StringReader(header + "Fackelstraße;2026-03-29 02:00:00;12\n")))
                .hasMessageContaining("Line 2").hasMessageContaining("does not exist");
        assertThat(parser.parse(new StringReader(header + "Fackelstraße;2025-10-26 03:00:00;12\n")))
                .singleElement().extracting(FootfallReading::hourStart).isEqualTo(LocalDateTime.of(2025, 10, 26, 2, 0));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FootfallCsvParserTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static int total(List<FootfallReading> readings) {
        return readings.stream().mapToInt(FootfallReading::pedestrians).sum();
    }

    private static List<FootfallReading> localDay(List<FootfallReading> readings, LocalDate day) {
        return readings.stream().filter(r -> r.hourStart().atOffset(ZoneOffset.UTC).atZoneSameInstant(BERLIN).toLocalDate().equals(day))
                .toList();
    }
}
