// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.feed.ImportState.Phase;
import de.innenstadt.core.merchant.FeedMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The import's own records, {@code feed_import} and {@code feed_rejected_row}: the one place that writes them, so
 * that every step reports its progress, its checkpoint and its end the same way.
 */
final class ImportRecords {

    private static final Logger LOG = Logger.getLogger(ImportRecords.class.getName());

    private final Clock clock;

    ImportRecords(Clock clock) {
        this.clock = clock;
    }

    static Optional<ImportState> load(Connection c, long importId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, merchant_id, source, format, mode, status, phase, lines_done,"
                + " rows_applied, rows_unchanged, rows_rejected, store_id FROM feed_import WHERE id = ?")) {
            s.setLong(1, importId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ImportState(rs.getLong(1), rs.getLong(2), FeedSource.valueOf(rs.getString(3)),
                        FeedFormat.valueOf(rs.getString(4)), FeedMode.valueOf(rs.getString(5)),
                        ImportStatus.valueOf(rs.getString(6)), Phase.valueOf(rs.getString(7)), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10), rs.getLong(11), rs.getObject(12, Long.class)));
            }
        }
    }

    /** Imports that were running when their instance stopped, oldest first. */
    static List<Long> running(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM feed_import WHERE status = 'RUNNING' ORDER BY id");
             ResultSet rs = s.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }

    static Optional<Long> lastSuccessWithHash(Connection c, long merchantId, String sha256, Long storeId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, content_sha256, store_id FROM feed_import WHERE merchant_id = ?"
                + " AND status = 'SUCCEEDED' ORDER BY id DESC LIMIT 1")) {
            s.setLong(1, merchantId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && sha256.equals(rs.getString(2)) && Objects.equals(storeId, rs.getObject(3, Long.class))
                        ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * An import of the same content that has not ended, e.g. because the process died while running it
     * and a drop folder or SFTP server delivers the file again after the restart: the delivery joins
     * that import instead of starting a second one.
     */
    static Optional<Long> runningWithHash(Connection c, long merchantId, String sha256, Long storeId, Path spoolDir)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM feed_import WHERE merchant_id = ? AND status = 'RUNNING'"
                + " AND content_sha256 = ? AND store_id <=> ? ORDER BY id")) {
            s.setLong(1, merchantId);
            s.setString(2, sha256);
            s.setObject(3, storeId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (Files.isRegularFile(FeedPipeline.spoolFile(spoolDir, rs.getLong(1)))) {
                        return Optional.of(rs.getLong(1));
                    }
                }
                return Optional.empty();
            }
        }
    }

    long insert(Connection c, long merchantId, Long storeId, FeedSource source, FeedFormat format, String fileName, String sha256,
            FeedMode mode, ImportStatus status, FeedText message) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now(clock));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO feed_import (merchant_id, source, format, file_name,"
                + " content_sha256, mode, status, phase, started_at, finished_at, message, message_code, message_details, store_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, merchantId);
            s.setString(2, source.name());
            s.setString(3, format.name());
            s.setString(4, fileName);
            s.setString(5, sha256);
            s.setString(6, mode.name());
            s.setString(7, status.name());
            s.setString(8, status == ImportStatus.RUNNING ? Phase.RECEIVED.name() : Phase.DONE.name());
            s.setTimestamp(9, now);
            s.setTimestamp(10, status == ImportStatus.RUNNING ? null : now);
            setText(s, 11, message, 1000);
            s.setObject(14, storeId);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Pass 1 starts over: no rejections and no counts of an earlier, interrupted pass 1. */
    static void startValidating(Connection c, long importId) throws SQLException {
        clearRejections(c, importId);
        Sql.update(c, "UPDATE feed_import SET phase = 'VALIDATING', rows_read = 0, rows_rejected = 0, rows_applied = 0,"
                + " rows_unchanged = 0, lines_done = 0, lines_total = NULL WHERE id = ?", importId);
    }

    static void linesRead(Connection c, long importId, long read) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE feed_import SET rows_read = ? WHERE id = ?")) {
            s.setLong(1, read);
            s.setLong(2, importId);
            s.executeUpdate();
        }
    }

    /** Pass 1 is done: every line is decided, pass 2 applies from the first line on. */
    static void startApplying(Connection c, long importId, long read, long rejected) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE feed_import SET phase = 'APPLYING', rows_read = ?,"
                + " rows_rejected = ?, lines_total = ?, lines_done = 0 WHERE id = ?")) {
            s.setLong(1, read);
            s.setLong(2, rejected);
            s.setLong(3, read);
            s.setLong(4, importId);
            s.executeUpdate();
        }
    }

    static void reject(Connection c, long importId, List<FeedProblem> problems) throws SQLException {
        if (problems.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO feed_rejected_row (import_id, line_number, column_name, value,"
                + " reason, reason_code, reason_details) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (FeedProblem p : problems) {
                s.setLong(1, importId);
                s.setLong(2, Math.min(p.lineNumber(), Integer.MAX_VALUE));
                s.setString(3, Sql.cut(p.column(), 80));
                s.setString(4, Sql.cut(p.value(), 500));
                setText(s, 5, p.reason(), 300);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** A file that cannot be read applies nothing, so it lists no rejected rows either. */
    static void clearRejections(Connection c, long importId) throws SQLException {
        Sql.update(c, "DELETE FROM feed_rejected_row WHERE import_id = ?", importId);
    }

    static void offersZeroed(Connection c, long importId, int count) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE feed_import SET offers_zeroed = offers_zeroed + ? WHERE id = ?")) {
            s.setInt(1, count);
            s.setLong(2, importId);
            s.executeUpdate();
        }
    }

    /** Ends the import with its status and message, and deletes its spool file ({@code null}: already gone). */
    ImportStatus finish(Connection c, long importId, Path file, ImportStatus status, FeedText message) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE feed_import SET status = ?, phase = 'DONE', message = ?,"
                + " message_code = ?, message_details = ?, finished_at = ? WHERE id = ?")) {
            s.setString(1, status.name());
            setText(s, 2, message, 1000);
            s.setTimestamp(5, Timestamp.from(Instant.now(clock)));
            s.setLong(6, importId);
            s.executeUpdate();
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the spool file " + file, e);
            }
        }
        return status;
    }

    /**
     * Sets a text as three parameters from {@code first} on: its English wording (for people reading the database),
     * its code and its details (short enough for their column, see {@link FeedText#MAX_DETAIL_CHARS}); all three
     * {@code null} for no text.
     */
    static void setText(PreparedStatement s, int first, FeedText text, int englishColumnChars) throws SQLException {
        s.setString(first, text == null ? null : Sql.cut(text.english(), englishColumnChars));
        s.setString(first + 1, text == null ? null : text.code().name());
        s.setString(first + 2, text == null ? null : text.detailsJson());
    }

    /** Runs {@code sql} ({@code GET_LOCK} or {@code RELEASE_LOCK} of one name); true when MariaDB answered 1. */
    static boolean namedLock(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }
}
