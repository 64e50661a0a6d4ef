// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Runs a task on at most one instance of the cluster at a time, using a MariaDB named lock held on
 * one connection for the task's duration. If the instance dies, the connection closes and the lock
 * is free again, so no lease outlives its holder. (On Galera, named locks are node-local: route
 * lease connections to one node, see docs/operations.md.)
 */
@ApplicationScoped
public class ClusterLease {

    @Resource(lookup = "java:app/jdbc/innenstadt-direct")
    private DataSource dataSource;

    /**
     * Runs {@code task} if the lease {@code name} is free right now.
     *
     * @return true when this instance held the lease and ran the task
     */
    public boolean runIfFree(String name, Runnable task) {
        return callIfFree(name, () -> {
            task.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Like {@link #runIfFree} but returns the task's value, or null when another instance holds the lease. */
    public <T> T callIfFree(String name, Supplier<T> task) {
        try (Connection connection = dataSource.getConnection()) {
            if (!acquire(connection, name)) {
                return null;
            }
            try {
                return task.get();
            } finally {
                try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    release.setString(1, name);
                    release.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the cluster lease " + name, e);
        }
    }

    private static boolean acquire(Connection connection, String name) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            lock.setString(1, name);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }
}
