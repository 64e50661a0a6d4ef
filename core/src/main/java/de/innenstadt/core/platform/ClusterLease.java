// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs a task on at most one instance of the cluster at a time, using a MariaDB named lock held on
 * one connection for the task's duration. If the instance dies, the connection closes and the lock
 * is free again, so no lease outlives its holder. (On Galera, named locks are node-local: route
 * lease connections to one node, see docs/operations.md.)
 */
@ApplicationScoped
public class ClusterLease {

    private static final Logger LOG = Logger.getLogger(ClusterLease.class.getName());

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
        Optional<Lease> lease = tryAcquire(name);
        if (lease.isEmpty()) {
            return null;
        }
        try (Lease held = lease.get()) {
            return task.get();
        }
    }

    /**
     * Takes the lease {@code name} if it is free right now, for callers whose work does not fit in one
     * method call (a Camel poll begins and ends in two). Closing the lease frees it.
     */
    public Optional<Lease> tryAcquire(String name) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!acquire(connection, name)) {
                connection.close();
                return Optional.empty();
            }
            return Optional.of(new HeldLease(name, connection));
        } catch (SQLException e) {
            closeQuietlyAfter(connection, e);
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

    private static void closeQuietlyAfter(Connection connection, SQLException cause) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** A lease this instance holds until it is closed. */
    public interface Lease extends AutoCloseable {

        /** Whether this instance still holds it: false once the database dropped the connection. */
        boolean isHeld();

        /** Frees the lease; never throws, since the work it guarded is already done. */
        @Override
        void close();
    }

    /** The lock lives as long as its connection: closing releases it, and so does a dying instance. */
    private record HeldLease(String name, Connection connection) implements Lease {

        @Override
        public boolean isHeld() {
            try (PreparedStatement check = connection.prepareStatement("SELECT IS_USED_LOCK(?) = CONNECTION_ID()")) {
                check.setString(1, name);
                try (ResultSet rs = check.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            } catch (SQLException e) {
                LOG.log(Level.INFO, "The cluster lease " + name + " is lost with its connection", e);
                return false;
            }
        }

        @Override
        public void close() {
            try (Connection held = connection; PreparedStatement release = held.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                release.setString(1, name);
                release.execute();
            } catch (SQLException e) {
                // closing the connection released the lock anyway, or the database is gone and took it along
                LOG.log(Level.WARNING, "Releasing the cluster lease " + name + " failed; the closed connection freed it", e);
            }
        }
    }
}
