// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import de.innenstadt.core.reservation.InvalidReservationException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.Map;

/** Reads request bodies with JSON-B, turning malformed JSON into a field message instead of a stack trace. */
final class Json {

    private static final Jsonb JSONB = JsonbBuilder.create();
    static final int MAX_BODY = 20_000;

    private Json() {
    }

    static <T> T parse(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new InvalidReservationException(Map.of("body", "The request body is empty."));
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidReservationException(Map.of("body", "The request body is too large."));
        }
        try {
            return JSONB.fromJson(body, type);
        } catch (JsonbException e) {
            throw new InvalidReservationException(Map.of("body", "The request body is not valid JSON of the documented shape."));
        }
    }
}
