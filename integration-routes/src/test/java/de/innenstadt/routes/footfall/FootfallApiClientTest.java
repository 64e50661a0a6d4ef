// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.innenstadt.core.city.FootfallReading;
import de.innenstadt.routes.footfall.FootfallApiClient.ApiLocation;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FootfallApiClientTest {

    static final String LOCATIONS = """
            [{"id": 501, "name": "Fackelstraße", "geo": {"lat": 49.44425, "lon": 7.76641}},
             {"id": 502, "name": "Marktstraße"}]""";
    static final String MEASUREMENTS = """
            {"id": 501, "name": "Fackelstraße", "measurements": [
              {"timestamp": "2026-05-09T10:00:00.000+02:00", "pedestrians_count": 1520, "unverified": false,
               "temperature": 14.5, "weather_condition": "clear-day",
               "details": {"ltr_pedestrians_count": 760, "rtl_pedestrians_count": 760,
                           "adult_pedestrians_count": 1380, "child_pedestrians_count": 140}},
              {"timestamp": "2026-05-09T12:00:00.000+02:00", "pedestrians_count": 1650, "unverified": true,
               "temperature": null, "weather_condition": null}
            ]}""";

    private CounterApiStub stub;

    @BeforeEach
    void start() throws Exception {
        stub = new CounterApiStub();
        stub.answer("/api/locations", LOCATIONS);
        stub.answer("/api/locations/501/measurements", MEASUREMENTS);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void readsLocationsAndHourlyMeasurementsWithTheToken() {
        FootfallApiClient api = new FootfallApiClient(stub.baseUrl(), CounterApiStub.TOKEN, ZoneId.of("Europe/Berlin"));

        List<ApiLocation> locations = api.locations();
        List<FootfallReading> readings = api.measurements(locations.get(0), Instant.parse("2026-05-09T00:00:00Z"),
                Instant.parse("2026-05-10T00:00:00Z"));

        assertThat(locations).containsExactly(new ApiLocation("501", "Fackelstraße"), new ApiLocation("502", "Marktstraße"));
        assertThat(readings).hasSize(2);
        assertThat(readings.get(0)).isEqualTo(new FootfallReading("501", "Fackelstraße", LocalDateTime.of(2026, 5, 9, 8, 0),
                1520, 760, 760, 1380, 140, new BigDecimal("14.5"), "clear-day", false, null));
        assertThat(readings.get(1).unverified()).isTrue();
        assertThat(readings.get(1).temperature()).isNull();
        assertThat(stub.requests.get(1).getQuery())
                .isEqualTo("from=2026-05-09T00:00:00Z&to=2026-05-10T00:00:00Z&resolution=hour");
    }

    @Test
    void aWrongTokenIsAClearError() {
        FootfallApiClient api = new FootfallApiClient(stub.baseUrl(), "wrong", ZoneId.of("Europe/Berlin"));

        assertThatThrownBy(api::locations).isInstanceOf(FootfallSourceException.class)
                .hasMessageContaining("answered 401").hasMessageContaining("innenstadt.footfall.api-token");
    }

    @Test
    void aMeasurementWithoutCountIsRejected() {
        stub.answer("/api/locations/502/measurements", "{\"measurements\": [{\"timestamp\": \"2026-05-09T10:00:00Z\"}]}");
        FootfallApiClient api = new FootfallApiClient(stub.baseUrl(), CounterApiStub.TOKEN, ZoneId.of("Europe/Berlin"));

        assertThatThrownBy(() -> api.measurements(new ApiLocation("502", "Marktstraße"), Instant.EPOCH, Instant.EPOCH))
                .isInstanceOf(FootfallFormatException.class)
                .hasMessage("Measurement 1 of location 502: pedestrians_count is missing");
    }

    /**
     * hystreet's v2 answer, shaped after the hystReet R client's recorded fixture
     * ({@code tests/testthat/raw_data_list_output/locations/148/measurements-0a2a0d.json}): UTC
     * {@code measured_at}, {@code total_count}, counts by direction, adult/child and zone, and
     * {@code weather_conditions}; here Fackelstraße over the October clock change, with the last hour
     * modelled instead of measured.
     */
    @Test
    void readsHystreetsVersionTwoAnswerAcrossTheClockChange() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/footfall/hystreet-v2-measurements.json")) {
            stub.answer("/api/locations/501/measurements", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        FootfallApiClient api = new FootfallApiClient(stub.baseUrl(), CounterApiStub.TOKEN, ZoneId.of("Europe/Berlin"));

        List<FootfallReading> readings = api.measurements(new ApiLocation("501", "Fackelstraße"),
                Instant.parse("2025-10-25T23:00:00Z"), Instant.parse("2025-10-26T03:00:00Z"));

        assertThat(readings).extracting(FootfallReading::hourStart).as("local 02:00 twice, two hours in UTC")
                .containsExactly(LocalDateTime.of(2025, 10, 25, 23, 0), LocalDateTime.of(2025, 10, 26, 0, 0),
                        LocalDateTime.of(2025, 10, 26, 1, 0), LocalDateTime.of(2025, 10, 26, 2, 0));
        assertThat(readings).extracting(FootfallReading::pedestrians).containsExactly(16, 6, 6, 4);
        FootfallReading first = readings.get(0);
        assertThat(first.leftToRight()).as("Richtung - Stiftsplatz, both zones").isEqualTo(9);
        assertThat(first.rightToLeft()).as("Richtung - Mainzer Tor").isEqualTo(7);
        assertThat(first.adults()).isEqualTo(14);
        assertThat(first.children()).isEqualTo(2);
        assertThat(first.weather()).isEqualTo("clear-night");
        assertThat(first.temperature()).isEqualByComparingTo("7.8");
        assertThat(readings).extracting(FootfallReading::unverified).as("modelled, not measured")
                .containsExactly(false, false, false, true);
    }

    @Test
    void aPeriodWithoutMeasurementsIsEmptyNotAnError() {
        stub.answerNoContent("/api/locations/502/measurements");
        FootfallApiClient api = new FootfallApiClient(stub.baseUrl(), CounterApiStub.TOKEN, ZoneId.of("Europe/Berlin"));

        assertThat(api.measurements(new ApiLocation("502", "Marktstraße"), Instant.EPOCH, Instant.EPOCH)).isEmpty();
    }
}
