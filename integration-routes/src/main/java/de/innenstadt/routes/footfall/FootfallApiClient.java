// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import de.innenstadt.core.city.FootfallReading;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a pedestrian counter API in the shape laser-counter operators publish: {@code GET /locations}
 * lists the counting points, {@code GET /locations/{id}/measurements?from=&to=&resolution=hour} gives
 * hourly measurements, authenticated with a token header. hystreet's first API and its v2
 * ({@code https://api.hystreet.com/v2/}) both fit these paths; {@link MeasurementReader} reads either
 * answer. Plain Java, so it is tested against a stub server without Camel; the route only decides
 * when to call it.
 */
public final class FootfallApiClient {

    /** The header the token travels in. */
    public static final String TOKEN_HEADER = "X-API-Token";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A counting point the API knows. */
    public record ApiLocation(String id, String name) {
    }

    private final URI baseUrl;
    private final String token;
    private final ZoneId localZone;
    private final HttpClient http;

    public FootfallApiClient(URI baseUrl, String token, ZoneId localZone) {
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base : base + "/");
        this.token = token;
        this.localZone = localZone;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    public List<ApiLocation> locations() {
        JsonStructure body = get("locations");
        JsonArray array = body instanceof JsonObject object && object.containsKey("locations")
                ? object.getJsonArray("locations") : asArray(body, "locations");
        List<ApiLocation> locations = new ArrayList<>();
        for (JsonValue value : array) {
            JsonObject location = value.asJsonObject();
            locations.add(new ApiLocation(MeasurementReader.required(location, "id"), MeasurementReader.required(location, "name")));
        }
        return locations;
    }

    /** Hourly measurements of one point from {@code from} (inclusive) to {@code to}. */
    public List<FootfallReading> measurements(ApiLocation location, Instant from, Instant to) {
        String path = "locations/" + URLEncoder.encode(location.id(), StandardCharsets.UTF_8) + "/measurements?from="
                + encode(from) + "&to=" + encode(to) + "&resolution=hour";
        JsonStructure body = get(path);
        JsonArray measurements = body instanceof JsonObject object ? object.getJsonArray("measurements")
                : asArray(body, "measurements");
        if (measurements == null) {
            throw new FootfallFormatException("The answer of " + path + " has no 'measurements'");
        }
        List<FootfallReading> readings = new ArrayList<>(measurements.size());
        for (int i = 0; i < measurements.size(); i++) {
            try {
                readings.add(MeasurementReader.read(location, measurements.getJsonObject(i), localZone));
            } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
                throw new FootfallFormatException("Measurement " + (i + 1) + " of location " + location.id() + ": "
                        + e.getMessage(), e);
            }
        }
        return readings;
    }

    private JsonStructure get(String path) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(TIMEOUT)
                .header(TOKEN_HEADER, token)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FootfallSourceException("The counter API at " + request.uri() + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FootfallSourceException("Interrupted while calling " + request.uri(), e);
        }
        if (response.statusCode() == 204) {
            // hystreet's v2 answers "no content" for a period without measurements
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (response.statusCode() != 200) {
            throw new FootfallSourceException("The counter API answered " + response.statusCode() + " for " + request.uri()
                    + (response.statusCode() == 401 || response.statusCode() == 403 ? " (check innenstadt.footfall.api-token)" : ""));
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        } catch (JsonParsingException e) {
            throw new FootfallFormatException("The counter API sent no valid JSON for " + request.uri() + ": " + e.getMessage(), e);
        }
    }

    private static JsonArray asArray(JsonStructure body, String what) {
        if (body instanceof JsonArray array) {
            return array;
        }
        throw new FootfallFormatException("Expected a list of " + what + " from the counter API");
    }

    private static String encode(Instant instant) {
        return URLEncoder.encode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC)),
                StandardCharsets.UTF_8);
    }
}
