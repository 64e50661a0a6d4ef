// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/** The small JDBC helpers the import's steps share (the import is plain JDBC, see ADR 0014). */
final class Sql {

    private Sql() {
    }

    static String placeholders(int n) {
        return "?" + ",?".repeat(n - 1);
    }

    /** Binds {@code values} from parameter {@code start} on; returns the next free parameter index. */
    static int bind(PreparedStatement s, int start, Collection<?> values) throws SQLException {
        int i = start;
        for (Object value : values) {
            s.setObject(i++, value);
        }
        return i;
    }

    /** Runs a statement whose only parameter is an id. */
    static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    /** Shortens a value to its column's width, so that one overlong value does not fail a whole batch. */
    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** Carries an SQL failure out of a parser callback, which may not throw checked exceptions. */
    static final class UncheckedSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedSqlException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
