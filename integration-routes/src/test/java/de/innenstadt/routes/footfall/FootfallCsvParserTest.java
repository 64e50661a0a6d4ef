// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.innenstadt.core.city.FootfallProblem;
import de.innenstadt.core.city.FootfallReading;
import de.innenstadt.core.city.FootfallRejection;
import de.innenstadt.routes.footfall.FootfallCsvParser.FootfallFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FootfallCsvParserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final FootfallCsvParser parser = new FootfallCsvParser(BERLIN);

    @Test
    void readsTheLaserCounterDownloadWithGapsAndUnverifiedHoursAsDelivered() {
        List<FootfallReading> readings = parser.parse(getClass().getResourceAsStream("/footfall/laser-counter-download.csv"))
                .readings();

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
        List<FootfallReading> readings = parse(
                "\uFEFFTime;Location;Pedestrians;LTR;RTL;Weather;Unverified\n2026-01-15 17:00;kl-x;42;20;22;snow;ja\n").readings();

        assertThat(readings).singleElement().satisfies(r -> {
            assertThat(r.hourStart()).isEqualTo(LocalDateTime.of(2026, 1, 15, 16, 0));
            assertThat(r.locationName()).isEqualTo("kl-x");
            assertThat(r.rightToLeft()).isEqualTo(22);
            assertThat(r.unverified()).isTrue();
        });
    }

    @Test
    void aBadRowIsRefusedWithItsLineColumnAndValueAndTheOthersAreRead() {
        FootfallFile file = parse("Zeitpunkt der Messung;Lage;Fußgänger insgesamt\n"
                + "2026-05-09T10:00:00+02:00;kl-a;10\n"
                + "2026-05-09T11:00:00+02:00;kl-a;viele\n"
                + "2026-05-09T12:00:00+02:00;kl-a;-3\n"
                + "2026-05-09T12:30:00+02:00;kl-a;4\n"
                + "gestern;kl-a;4\n"
                + ";kl-a;4\n"
                + "2026-05-09T13:00:00+02:00;kl-a;\n"
                + "\n"
                + "2026-05-09T10:00:00+02:00;kl-a;11\n"
                + "2026-05-09T14:00:00+02:00;kl-a;14\n");

        assertThat(file.rows()).as("the blank line is no row").isEqualTo(9);
        assertThat(file.readings()).extracting(FootfallReading::pedestrians).containsExactly(10, 14);
        assertThat(file.rejections()).extracting(FootfallRejection::getLine, FootfallRejection::getProblem,
                FootfallRejection::getColumnName, FootfallRejection::getValue).containsExactly(
                tuple(3, FootfallProblem.COUNT_INVALID, "Fußgänger insgesamt", "viele"),
                tuple(4, FootfallProblem.COUNT_NEGATIVE, "Fußgänger insgesamt", "-3"),
                tuple(5, FootfallProblem.NOT_AN_HOUR, "Zeitpunkt der Messung", "2026-05-09T12:30:00+02:00"),
                tuple(6, FootfallProblem.TIMESTAMP_INVALID, "Zeitpunkt der Messung", "gestern"),
                tuple(7, FootfallProblem.TIMESTAMP_EMPTY, "Zeitpunkt der Messung", null),
                tuple(8, FootfallProblem.COUNT_EMPTY, "Fußgänger insgesamt", null),
                tuple(10, FootfallProblem.HOUR_TWICE, null, "2"));
    }

    @Test
    void aFileThatIsNoCountsTableIsRefusedAsAWhole() {
        assertThatThrownBy(() -> parse("timestamp;location_id\n2026-05-09T10:00:00Z;a\n"))
                .isInstanceOfSatisfying(FootfallFormatException.class, e -> {
                    assertThat(e.problem()).isEqualTo(FootfallProblem.COLUMN_MISSING);
                    assertThat(e.detail()).isEqualTo("pedestrians_count");
                });
        assertThatThrownBy(() -> parse("timestamp;location_id;pedestrians_count\n\n"))
                .isInstanceOfSatisfying(FootfallFormatException.class, e -> assertThat(e.problem()).isEqualTo(FootfallProblem.NO_ROWS));
        assertThatThrownBy(() -> parse("   \n"))
                .isInstanceOfSatisfying(FootfallFormatException.class, e -> assertThat(e.problem()).isEqualTo(FootfallProblem.UNREADABLE));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(png)))
                .isInstanceOfSatisfying(FootfallFormatException.class, e -> assertThat(e.problem()).isEqualTo(FootfallProblem.UNREADABLE));
    }

    @Test
    void aZippedDownloadIsReadLikeThePlainOne() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("hystreet-de.csv"));
            zip.write(resource("/footfall/hystreet-de-fackelstrasse-2025-10.csv"));
        }

        assertThat(parser.parse(new ByteArrayInputStream(zipped.toByteArray())).readings()).hasSize(49);
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
        List<FootfallReading> readings = parser.parse(new ByteArrayInputStream(resource("/footfall/hystreet-de-fackelstrasse-2025-10.csv")))
                .readings();

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
        List<FootfallReading> readings = parser.parse(new ByteArrayInputStream(resource("/footfall/hystreet-en-marktstrasse-2025-10.csv")))
                .readings();

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
        assertThat(parse(header + "Fackelstraße;2025-10-26 02:00:00;12\n").rejections())
                .extracting(FootfallRejection::getLine, FootfallRejection::getProblem)
                .containsExactly(tuple(2, FootfallProblem.LOCAL_TIME_TWICE));
        assertThat(parse(header + "Fackelstraße;2026-03-29 02:00:00;12\n").rejections())
                .extracting(FootfallRejection::getLine, FootfallRejection::getProblem)
                .containsExactly(tuple(2, FootfallProblem.LOCAL_TIME_SKIPPED));
        assertThat(parse(header + "Fackelstraße;2025-10-26 03:00:00;12\n").readings())
                .singleElement().extracting(FootfallReading::hourStart).isEqualTo(LocalDateTime.of(2025, 10, 26, 2, 0));
    }

    private FootfallFile parse(String csv) {
        return parser.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
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
