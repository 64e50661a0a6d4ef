// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/** Test helpers for reservations: requests to the public API and direct looks at the offer rows. */
final class ReservationApi {

    /** An offer of a store that takes reservations. */
    record TestOffer(long offerId, long storeId) {
    }

    private ReservationApi() {
    }

    static HttpRequest reserve(String idempotencyKey, String body) {
        return HttpRequest.newBuilder(URI.create(TestPlatform.baseUrl() + "/api/v1/reservations"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    static String body(TestOffer offer, int quantity, String email) {
        return "{\"storeId\":" + offer.storeId() + ",\"items\":[{\"offerId\":" + offer.offerId() + ",\"quantity\":" + quantity
                + "}],\"customer\":{\"name\":\"Erika Mustermann\",\"email\":\"" + email + "\"}}";
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("innenstadt.it.db.port") + "/"
                + TestPlatform.DATABASE, "root", "");
    }

    /** An offer of a pickup store whose stock is set to {@code quantity} with nothing held. */
    static TestOffer offerWithStock(int quantity, int skip) throws SQLException {
        try (Connection db = database()) {
            long offerId;
            long storeId;
            try (PreparedStatement find = db.prepareStatement("SELECT o.id, o.store_id FROM offer o JOIN store s ON s.id = o.store_id"
                    + " WHERE s.pickup_enabled ORDER BY o.id LIMIT 1 OFFSET ?")) {
                find.setInt(1, skip);
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    offerId = row.getLong(1);
                    storeId = row.getLong(2);
                }
            }
            setStock(db, offerId, quantity);
            return new TestOffer(offerId, storeId);
        }
    }

    /** An offer of the demo merchant that {@code username} logs in for, with the given stock. */
    static TestOffer offerOfMerchant(String username, int quantity) throws SQLException {
        try (Connection db = database();
             PreparedStatement find = db.prepareStatement("SELECT o.id, o.store_id FROM offer o JOIN store s ON s.id = o.store_id"
                     + " JOIN user_account u ON u.merchant_id = s.merchant_id WHERE u.username = ? ORDER BY o.id DESC LIMIT 1")) {
            find.setString(1, username);
            try (ResultSet row = find.executeQuery()) {
                row.next();
                TestOffer offer = new TestOffer(row.getLong(1), row.getLong(2));
                setStock(db, offer.offerId(), quantity);
                return offer;
            }
        }
    }

    static void setStock(Connection db, long offerId, int quantity) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE offer SET quantity = ?, held = 0 WHERE id = ?")) {
            update.setInt(1, quantity);
            update.setLong(2, offerId);
            update.executeUpdate();
        }
    }

    static void execute(String sql) throws SQLException {
        try (Connection db = database(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    /** The first column of the first row as text, or null. */
    static String value(String sql) throws SQLException {
        try (Connection db = database(); PreparedStatement statement = db.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    /** quantity and held of an offer. */
    static int[] stock(long offerId) throws SQLException {
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement("SELECT quantity, held FROM offer WHERE id = ?")) {
            query.setLong(1, offerId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new int[] {row.getInt(1), row.getInt(2)};
            }
        }
    }

    static JsonNode reserveOnline(TestOffer offer) {
        HttpResponse<String> created = TestPlatform.send(reserve(UUID.randomUUID().toString(),
                body(offer, 1, "race-" + UUID.randomUUID() + "@example.org")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return TestPlatform.json(created.body());
    }

    static void cancelOnline(JsonNode reservation) {
        HttpResponse<String> cancelled = TestPlatform.send(HttpRequest.newBuilder(URI.create(TestPlatform.baseUrl()
                + "/api/v1/reservations/" + reservation.get("token").asText() + "/cancel"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    }
}
