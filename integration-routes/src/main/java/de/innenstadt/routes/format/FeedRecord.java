// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import java.util.Map;

/**
 * One row or item of a feed with its values under our field names, whatever the file called them,
 * so that checks are written once for CSV columns and XML elements alike.
 *
 * @param line where the row or item starts
 * @param values field name to the raw value as found
 * @param columns field name to the column header or element name in the file, for problem reports
 */
record FeedRecord(long line, Map<String, String> values, Map<String, String> columns) {

    /** The value with surrounding white space removed, or {@code null} when absent or blank. */
    String value(String field) {
        String raw = values.get(field);
        if (raw == null) {
            return null;
        }
        String stripped = raw.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** How the merchant's file names the field. */
    String column(String field) {
        return columns.getOrDefault(field, field);
    }

    /** Whether the file has a column or element for the field at all. */
    boolean hasColumn(String field) {
        return columns.containsKey(field);
    }
}
