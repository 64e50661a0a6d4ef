// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.merchant.FeedMode;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a merchant's feeds are read and judged: the usual format, CSV details and column mapping, the
 * share of bad lines that refuses a feed, full or delta, and how often a feed is expected (for the
 * stale-feed flag). Absent settings mean "detect" and the defaults.
 *
 * @param format the format of files whose name says nothing, or {@code null}
 * @param columnMapping our field (see {@link FeedParseOptions#FIELDS}) to the merchant's column header
 * @param rejectThreshold the highest share of rejected lines (0..1) a feed may have and still be applied
 * @param intervalMinutes how often a feed should arrive, or {@code null} when none is expected
 */
public record FeedSettings(FeedFormat format, Character delimiter, String charset, Character decimalSeparator,
        Map<String, String> columnMapping, double rejectThreshold, FeedMode mode, Integer intervalMinutes) {

    public static final double DEFAULT_THRESHOLD = 0.2;

    public FeedSettings {
        columnMapping = columnMapping == null ? Map.of() : Map.copyOf(columnMapping);
        if (rejectThreshold < 0 || rejectThreshold > 1) {
            throw new InvalidFeedSettingsException(FeedText.of(FeedText.Code.SETTINGS_THRESHOLD));
        }
        if (charset != null && !charset.isBlank()) {
            try {
                Charset.forName(charset.strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                InvalidFeedSettingsException unknown = new InvalidFeedSettingsException(FeedText.of(FeedText.Code.SETTINGS_CHARSET,
                        charset.strip()));
                unknown.initCause(e);
                throw unknown;
            }
        }
        if (intervalMinutes != null && intervalMinutes < 1) {
            throw new InvalidFeedSettingsException(FeedText.of(FeedText.Code.SETTINGS_INTERVAL));
        }
    }

    public FeedParseOptions parseOptions() {
        return new FeedParseOptions(delimiter, charset == null || charset.isBlank() ? null : Charset.forName(charset.strip()),
                decimalSeparator, columnMapping, "EUR");
    }

    /** The mapping as the settings form shows it: {@code field=Header} per line. */
    public String columnMappingText() {
        StringBuilder text = new StringBuilder();
        columnMapping.forEach((field, header) -> text.append(field).append('=').append(header).append('\n'));
        return text.toString();
    }

    /**
     * Reads {@code field=Header} lines; blank lines are skipped, unknown fields refused.
     *
     * @throws InvalidFeedSettingsException for a line that is no mapping or names an unknown field
     */
    public static Map<String, String> parseColumnMapping(String text) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (text == null) {
            return mapping;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 1 || eq == line.length() - 1) {
                throw new InvalidFeedSettingsException(FeedText.of(FeedText.Code.SETTINGS_MAPPING_LINE, line.strip()));
            }
            String field = line.substring(0, eq).strip();
            if (!FeedParseOptions.FIELDS.contains(field)) {
                throw new InvalidFeedSettingsException(FeedText.of(FeedText.Code.SETTINGS_MAPPING_FIELD, field,
                        String.join(", ", FeedParseOptions.FIELDS)));
            }
            mapping.put(field, line.substring(eq + 1).strip());
        }
        return mapping;
    }

    static FeedSettings load(Connection c, long merchantId) throws SQLException {
        FeedMode mode = FeedMode.DELTA;
        Integer interval = null;
        try (PreparedStatement s = c.prepareStatement("SELECT feed_mode, feed_interval_minutes FROM merchant WHERE id = ?")) {
            s.setLong(1, merchantId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No merchant " + merchantId);
                }
                mode = FeedMode.valueOf(rs.getString(1));
                int minutes = rs.getInt(2);
                interval = rs.wasNull() ? null : minutes;
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT format, delimiter_char, charset, decimal_separator, column_mapping,"
                + " reject_threshold FROM feed_settings WHERE merchant_id = ?")) {
            s.setLong(1, merchantId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return new FeedSettings(null, null, null, null, Map.of(), DEFAULT_THRESHOLD, mode, interval);
                }
                return new FeedSettings(rs.getString(1) == null ? null : FeedFormat.valueOf(rs.getString(1)),
                        character(rs.getString(2)), rs.getString(3), character(rs.getString(4)),
                        parseColumnMapping(rs.getString(5)), rs.getBigDecimal(6).doubleValue(), mode, interval);
            }
        }
    }

    void save(Connection c, long merchantId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO feed_settings (merchant_id, format, delimiter_char, charset,"
                + " decimal_separator, column_mapping, reject_threshold) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                + " format = VALUES(format), delimiter_char = VALUES(delimiter_char), charset = VALUES(charset),"
                + " decimal_separator = VALUES(decimal_separator), column_mapping = VALUES(column_mapping),"
                + " reject_threshold = VALUES(reject_threshold)")) {
            s.setLong(1, merchantId);
            s.setString(2, format == null ? null : format.name());
            s.setString(3, delimiter == null ? null : delimiter.toString());
            s.setString(4, charset == null || charset.isBlank() ? null : charset.strip());
            s.setString(5, decimalSeparator == null ? null : decimalSeparator.toString());
            s.setString(6, columnMappingText());
            s.setBigDecimal(7, BigDecimal.valueOf(rejectThreshold));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE merchant SET feed_mode = ?, feed_interval_minutes = ? WHERE id = ?")) {
            s.setString(1, mode.name());
            if (intervalMinutes == null) {
                s.setNull(2, java.sql.Types.INTEGER);
            } else {
                s.setInt(2, intervalMinutes);
            }
            s.setLong(3, merchantId);
            s.executeUpdate();
        }
    }

    private static Character character(String value) {
        return value == null || value.isEmpty() ? null : value.charAt(0);
    }
}
