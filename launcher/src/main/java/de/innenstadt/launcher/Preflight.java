// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks made before anything starts, because a half-started platform (MariaDB up, Payara failing on a busy port)
 * is harder to understand than one line naming the setting to change.
 */
final class Preflight {

    /** A port the launcher is about to listen on, and the setting that moves it. */
    record PortUse(int port, String setting, String purpose) {
    }

    static final int MINIMUM_JAVA = 17;

    private static final Logger LOG = Logger.getLogger(Preflight.class.getName());
    private static final int EXTERNAL_TIMEOUT_SECONDS = 5;

    private Preflight() {
    }

    static void checkJava(int runningFeatureVersion) {
        if (runningFeatureVersion < MINIMUM_JAVA) {
            throw new StartupException("Java " + runningFeatureVersion + " is too old: set JAVA_HOME to a JDK "
                    + MINIMUM_JAVA + " or newer");
        }
    }

    static List<PortUse> portsOf(LauncherSettings settings) {
        List<PortUse> ports = new ArrayList<>();
        ports.add(new PortUse(settings.httpPort(), LauncherSettings.HTTP_PORT, "Payara Micro"));
        if (settings.embeddedDatabase()) {
            ports.add(new PortUse(settings.dbPort(), LauncherSettings.DB_PORT, "MariaDB"));
        }
        if (settings.embeddedElasticsearch()) {
            ports.add(new PortUse(settings.elasticsearchPort(), LauncherSettings.ELASTICSEARCH_PORT,
                    "Elasticsearch"));
            ports.add(new PortUse(settings.elasticsearchPort() + EmbeddedElasticsearch.TRANSPORT_PORT_OFFSET,
                    LauncherSettings.ELASTICSEARCH_PORT, "Elasticsearch transport"));
        }
        return ports;
    }

    /** Duplicates first: two servers on one port would pass the free-port test and then fail much later. */
    static void checkPorts(List<PortUse> ports, IntPredicate isFree) {
        Map<Integer, PortUse> seen = new HashMap<>();
        for (PortUse use : ports) {
            PortUse earlier = seen.putIfAbsent(use.port(), use);
            if (earlier != null) {
                throw new StartupException("Port " + use.port() + " is wanted by both " + earlier.purpose()
                        + " and " + use.purpose() + ": set " + use.setting() + " to a different port");
            }
        }
        for (PortUse use : ports) {
            if (!isFree.test(use.port())) {
                throw new StartupException(inUseMessage(use));
            }
        }
    }

    static String inUseMessage(PortUse use) {
        String message = "Port " + use.port() + " is in use: set " + use.setting() + " to a free port";
        if (use.purpose().endsWith("transport")) {
            message += " (Elasticsearch also needs that port + " + EmbeddedElasticsearch.TRANSPORT_PORT_OFFSET + ")";
        }
        return message;
    }

    /**
     * Binds the wildcard address, which fails if anything listens on the port on any local address. Address reuse
     * is on, as in the servers themselves, so connections of a just-stopped run lingering in TIME_WAIT do not count.
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            LOG.log(Level.FINE, "Port " + port + " is taken", e);
            return false;
        }
    }

    static void checkExternalDatabase(String url, String user, String password) {
        DriverManager.setLoginTimeout(EXTERNAL_TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if (!connection.isValid(EXTERNAL_TIMEOUT_SECONDS)) {
                throw new StartupException(unreachableDatabase(url, "connection not valid"));
            }
        } catch (SQLException e) {
            throw new StartupException(unreachableDatabase(url, firstLine(e.getMessage())), e);
        }
    }

    static String unreachableDatabase(String url, String reason) {
        return "Database " + url + " is unreachable (" + reason + "): set " + LauncherSettings.DB_URL
                + " (and " + LauncherSettings.DB_USER + "/" + LauncherSettings.DB_PASSWORD
                + ") to a running MariaDB, or unset it to use the embedded one";
    }

    static void checkExternalElasticsearch(String url) {
        int status;
        try {
            URI health = URI.create(url.replaceAll("/+$", "") + "/_cluster/health");
            status = HttpProbe.status(health, Duration.ofSeconds(EXTERNAL_TIMEOUT_SECONDS));
        } catch (IllegalArgumentException e) {
            throw new StartupException(unreachableElasticsearch(url, "not an http(s) URL"), e);
        }
        if (status != 200) {
            throw new StartupException(unreachableElasticsearch(url,
                    status == HttpProbe.NO_ANSWER ? "no answer" : "HTTP " + status + " on /_cluster/health"));
        }
    }

    static String unreachableElasticsearch(String url, String reason) {
        return "Elasticsearch " + url + " is unreachable (" + reason + "): set " + LauncherSettings.ELASTICSEARCH_URL
                + " to a running Elasticsearch, or unset it to use the embedded one";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no detail";
        }
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
