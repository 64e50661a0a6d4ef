// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.NotFoundException;
import de.innenstadt.core.platform.SpreadsheetCsv;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What merchants and their systems see of their feeds: an import's progress, the history, the rejected rows and
 * whether a feed is overdue. Only reads; receiving and running feeds is {@link FeedImports}.
 */
@ApplicationScoped
public class FeedHistory {

    private static final String SELECT_IMPORT = "SELECT id, merchant_id, source, format, file_name, mode, status, phase,"
            + " lines_total, lines_done, rows_read, rows_applied, rows_unchanged, rows_rejected, offers_zeroed, started_at,"
            + " finished_at, message, message_code, message_details,"
            + " (SELECT s.name FROM store s WHERE s.id = feed_import.store_id) FROM feed_import";

    private static final String SELECT_REJECTED = "SELECT line_number, column_name, value, reason, reason_code, reason_details"
            + " FROM feed_rejected_row WHERE import_id = ?";

    @Resource(lookup = "java:app/jdbc/innenstadt-direct")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    public Optional<ImportProgress> findImport(long importId) {
        List<ImportProgress> rows = query(SELECT_IMPORT + " WHERE id = ?", importId);
        return rows.stream().findFirst();
    }

    /** An import of the actor's own merchant. */
    public Optional<ImportProgress> findImport(Actor actor, long importId) {
        return findImport(importId).filter(i -> actor.findMerchantId().map(m -> m == i.merchantId()).orElse(false));
    }

    public List<ImportProgress> recentImports(Actor actor, int limit) {
        long merchantId = actor.findMerchantId().orElseThrow(() -> new NotFoundException("Not a merchant"));
        return query(SELECT_IMPORT + " WHERE merchant_id = ? ORDER BY id DESC LIMIT " + Math.max(1, Math.min(limit, 500)), merchantId);
    }

    /**
     * The rejected rows of an import as CSV (semicolon, UTF-8 with BOM, so spreadsheet programs open it right), with
     * header and reasons in the reader's language.
     */
    public void writeRejectedRows(Actor actor, long importId, Locale locale, Writer out) throws IOException {
        findImport(actor, importId).orElseThrow(() -> new NotFoundException("No import " + importId));
        out.write(SpreadsheetCsv.BYTE_ORDER_MARK);
        out.write(SpreadsheetCsv.line(FeedText.rejectedRowsHeader(locale)));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(SELECT_REJECTED + " ORDER BY line_number, id")) {
            s.setLong(1, importId);
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    FeedProblem row = rejectedRow(rs);
                    out.write(SpreadsheetCsv.line(Arrays.asList(String.valueOf(row.lineNumber()), row.column(), row.value(),
                            row.reason().in(locale))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the rejected rows of import " + importId, e);
        }
    }

    /** The first rejected rows of an import, for API answers. */
    public List<FeedProblem> rejectedRows(long importId, int limit) {
        List<FeedProblem> problems = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(SELECT_REJECTED + " ORDER BY line_number, id LIMIT ?")) {
            s.setLong(1, importId);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    problems.add(rejectedRow(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the rejected rows of import " + importId, e);
        }
        return problems;
    }

    /** Whether the merchant's feed is overdue: none arrived within the expected interval. */
    public record FeedHealth(Instant lastFeedAt, Integer intervalMinutes, boolean stale) {
    }

    public FeedHealth feedHealth(Actor actor) {
        long merchantId = actor.findMerchantId().orElseThrow(() -> new NotFoundException("Not a merchant"));
        Integer interval;
        Instant last = null;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT MAX(finished_at) FROM feed_import WHERE merchant_id = ?"
                     + " AND status IN ('SUCCEEDED', 'DUPLICATE')")) {
            interval = FeedSettings.load(c, merchantId).intervalMinutes();
            s.setLong(1, merchantId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next() && rs.getTimestamp(1) != null) {
                    last = rs.getTimestamp(1).toInstant();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the feed history of merchant " + merchantId, e);
        }
        boolean stale = interval != null && (last == null || last.plus(Duration.ofMinutes(interval)).isBefore(Instant.now(clock)));
        return new FeedHealth(last, interval, stale);
    }

    private static FeedProblem rejectedRow(ResultSet rs) throws SQLException {
        return new FeedProblem(rs.getLong(1), rs.getString(2), rs.getString(3),
                FeedText.stored(rs.getString(5), rs.getString(6), rs.getString(4)));
    }

    private static FeedText message(ResultSet rs) throws SQLException {
        String recorded = rs.getString(18);
        String code = rs.getString(19);
        return recorded == null && code == null ? null : FeedText.stored(code, rs.getString(20), recorded);
    }

    private List<ImportProgress> query(String sql, long parameter) {
        List<ImportProgress> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long total = rs.getLong(9);
                    Long linesTotal = rs.wasNull() ? null : total;
                    Timestamp finished = rs.getTimestamp(17);
                    rows.add(new ImportProgress(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), ImportStatus.valueOf(rs.getString(7)), rs.getString(8), linesTotal, rs.getLong(10),
                            rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15),
                            rs.getTimestamp(16).toInstant(), finished == null ? null : finished.toInstant(), message(rs),
                            rs.getString(21)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read feed imports", e);
        }
        return rows;
    }
}
