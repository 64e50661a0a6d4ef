// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.platform.Sha256;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A batch of stock lines pushed by a merchant's system, applied at most once per idempotency key. The
 * key is recorded before the batch is received and then points at its import, so a retried request
 * (also after a crash, once the import has been resumed) answers with that import instead of a second one.
 */
@ApplicationScoped
public class StockPush {

    /** The same key was used for another body, or the first request with it has not been received yet. */
    public static class KeyConflictException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean inProgress;

        KeyConflictException(String message, boolean inProgress) {
            super(message);
            this.inProgress = inProgress;
        }

        public boolean inProgress() {
            return inProgress;
        }
    }

    @Resource(lookup = "java:app/jdbc/innenstadt-direct")
    private DataSource dataSource;

    @Inject
    private FeedImports imports;

    @Inject
    private FeedHistory history;

    public ImportProgress push(long merchantId, String idempotencyKey, byte[] body) {
        String scope = "stock-" + merchantId;
        String hash = Sha256.hex(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        try (Connection c = dataSource.getConnection()) {
            int inserted;
            try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO idempotency_record (scope, idem_key, request_sha256,"
                    + " status_code, response_body) VALUES (?, ?, ?, 200, '')")) {
                s.setString(1, scope);
                s.setString(2, idempotencyKey);
                s.setString(3, hash);
                inserted = s.executeUpdate();
            }
            if (inserted == 0) {
                return replay(c, scope, idempotencyKey, hash);
            }
            FeedPipeline.Received received = imports.receive(merchantId, FeedSource.API, FeedFormat.JSON_PUSH, "push", new ByteArrayInputStream(body));
            try (PreparedStatement s = c.prepareStatement("UPDATE idempotency_record SET response_body = ? WHERE scope = ? AND idem_key = ?")) {
                s.setString(1, String.valueOf(received.importId()));
                s.setString(2, scope);
                s.setString(3, idempotencyKey);
                s.executeUpdate();
            }
            if (received.status() == ImportStatus.RUNNING) {
                imports.run(received.importId());
            }
            return history.findImport(received.importId()).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException("The push could not be recorded", e);
        }
    }

    private ImportProgress replay(Connection c, String scope, String key, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT request_sha256, response_body FROM idempotency_record WHERE scope = ? AND idem_key = ?")) {
            s.setString(1, scope);
            s.setString(2, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (!hash.equals(rs.getString(1))) {
                    throw new KeyConflictException("This Idempotency-Key was already used for a different request.", false);
                }
                String importId = rs.getString(2);
                if (importId == null || importId.isEmpty()) {
                    throw new KeyConflictException("The first request with this Idempotency-Key is still being received; retry shortly.", true);
                }
                return history.findImport(Long.parseLong(importId)).orElseThrow();
            }
        }
    }
}
