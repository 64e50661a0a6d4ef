// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the user can change, read from system properties (first) and environment variables under the same names,
 * because the same names configure the applications in production containers.
 *
 * @param httpPort {@value #HTTP_PORT}: Payara Micro's HTTP port, default 8080
 * @param varDir {@value #VAR_DIR}: folder for all data and logs, default {@code <repo>/var}
 * @param dbPort {@value #DB_PORT}: port of the embedded MariaDB, default 3307
 * @param elasticsearchPort {@value #ELASTICSEARCH_PORT}: HTTP port of the embedded Elasticsearch, default 9201;
 *        its transport port is this plus {@value EmbeddedElasticsearch#TRANSPORT_PORT_OFFSET}
 * @param externalDbUrl {@value #DB_URL}: use this MariaDB instead of starting one
 * @param externalDbUser {@value #DB_USER}: user for {@value #DB_URL}
 * @param externalDbPassword {@value #DB_PASSWORD}: password for {@value #DB_URL}
 * @param externalElasticsearchUrl {@value #ELASTICSEARCH_URL}: use this Elasticsearch instead of starting one
 * @param httpThreads {@value #HTTP_THREADS}: Payara's HTTP worker threads, default twice the processors and at least 4
 * @param applicationSettings every {@code INNENSTADT_*} system property plus {@value #DEMO_DATA} (default true),
 *        passed to the applications as environment variables
 * @param helpRequested {@code --help} was given
 */
public record LauncherSettings(int httpPort, Path varDir, int dbPort, int elasticsearchPort,
        Optional<String> externalDbUrl, Optional<String> externalDbUser, Optional<String> externalDbPassword,
        Optional<String> externalElasticsearchUrl, int httpThreads,
        Map<String, String> applicationSettings, boolean helpRequested) {

    public static final String HTTP_PORT = "INNENSTADT_HTTP_PORT";
    public static final String VAR_DIR = "INNENSTADT_VAR_DIR";
    public static final String DB_PORT = "INNENSTADT_DB_PORT";
    public static final String ELASTICSEARCH_PORT = "INNENSTADT_ELASTICSEARCH_PORT";
    public static final String DB_URL = "INNENSTADT_DB_URL";
    public static final String DB_USER = "INNENSTADT_DB_USER";
    public static final String DB_PASSWORD = "INNENSTADT_DB_PASSWORD";
    public static final String ELASTICSEARCH_URL = "INNENSTADT_ELASTICSEARCH_URL";
    public static final String DEMO_DATA = "INNENSTADT_DEMO_DATA";
    public static final String HTTP_THREADS = "INNENSTADT_HTTP_THREADS";

    static final int DEFAULT_HTTP_PORT = 8080;
    static final int DEFAULT_DB_PORT = 3307;
    static final int DEFAULT_ELASTICSEARCH_PORT = 9201;
    private static final String PREFIX = "INNENSTADT_";
    private static final int MAX_HTTP_THREADS = 1000;

    public LauncherSettings {
        applicationSettings = Map.copyOf(applicationSettings);
    }

    /**
     * Reads the settings; a bad value ends the start with a {@link StartupException} naming the setting, so users
     * never see a stack trace for a typo.
     */
    public static LauncherSettings resolve(List<String> args, Map<String, String> environment,
            Map<String, String> systemProperties, Path repoDir) {
        boolean help = false;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else {
                throw new StartupException("Unknown argument '" + arg + "': run with --help to list the settings");
            }
        }
        Lookup lookup = new Lookup(environment, systemProperties);
        int httpPort = lookup.port(HTTP_PORT, DEFAULT_HTTP_PORT, 0);
        int dbPort = lookup.port(DB_PORT, DEFAULT_DB_PORT, 0);
        int esPort = lookup.port(ELASTICSEARCH_PORT, DEFAULT_ELASTICSEARCH_PORT,
                EmbeddedElasticsearch.TRANSPORT_PORT_OFFSET);
        int httpThreads = lookup.count(HTTP_THREADS, defaultHttpThreads(), MAX_HTTP_THREADS);
        Path varDir = lookup.get(VAR_DIR).map(Path::of).orElse(repoDir.resolve("var")).toAbsolutePath().normalize();

        Map<String, String> application = new LinkedHashMap<>();
        systemProperties.forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                application.put(key, value);
            }
        });
        application.put(DEMO_DATA, lookup.get(DEMO_DATA).orElse("true"));
        return new LauncherSettings(httpPort, varDir, dbPort, esPort, lookup.get(DB_URL), lookup.get(DB_USER),
                lookup.get(DB_PASSWORD), lookup.get(ELASTICSEARCH_URL), httpThreads, application, help);
    }

    /**
     * Payara Micro's own default is 200 workers. Requests here are short (MariaDB and Elasticsearch answer in
     * milliseconds), so a few workers per processor keep the processors busy; more only make them compete: at 300
     * reservations/s on 2 processors, 16 workers cost Payara about 60 % more processor time per reservation than 4
     * (p95 66 ms against 30 ms), and 200 could not keep up at all. Requests beyond the workers wait in Grizzly's
     * queue.
     */
    public static int defaultHttpThreads() {
        return defaultHttpThreads(Runtime.getRuntime().availableProcessors());
    }

    static int defaultHttpThreads(int processors) {
        return Math.max(4, 2 * processors);
    }

    public boolean embeddedDatabase() {
        return externalDbUrl.isEmpty();
    }

    public boolean embeddedElasticsearch() {
        return externalElasticsearchUrl.isEmpty();
    }

    public static String helpText() {
        return String.join(System.lineSeparator(),
                "Starts the Innenstadt platform (MariaDB, Elasticsearch, Payara Micro with shop and portal).",
                "Usage: java -jar launcher/target/innenstadt-launcher.jar [--help]",
                "Settings (environment variables, or -D system properties of the same name):",
                "  " + HTTP_PORT + "           HTTP port of shop and portal (default " + DEFAULT_HTTP_PORT + ")",
                "  " + VAR_DIR + "             folder for data and logs, kept between runs (default <repo>/var)",
                "  " + DB_PORT + "             port of the embedded MariaDB (default " + DEFAULT_DB_PORT + ")",
                "  " + ELASTICSEARCH_PORT + "  HTTP port of the embedded Elasticsearch (default "
                        + DEFAULT_ELASTICSEARCH_PORT + "; it also uses port + "
                        + EmbeddedElasticsearch.TRANSPORT_PORT_OFFSET + ")",
                "  " + DB_URL + "              JDBC URL of an existing MariaDB: no embedded MariaDB is started",
                "  " + DB_USER + ", " + DB_PASSWORD + "  credentials for " + DB_URL,
                "  " + ELASTICSEARCH_URL + "   URL of an existing Elasticsearch: no embedded one is started",
                "  " + DEMO_DATA + "           load demo data on first start (default true)",
                "  " + HTTP_THREADS + "        Payara's HTTP worker threads (default twice the processors, at least 4)",
                "  Any other INNENSTADT_* setting is passed on to the applications unchanged.");
    }

    private record Lookup(Map<String, String> environment, Map<String, String> systemProperties) {

        Optional<String> get(String name) {
            String value = systemProperties.get(name);
            if (value == null || value.isBlank()) {
                value = environment.get(name);
            }
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }

        int count(String name, int defaultCount, int max) {
            return number(name, defaultCount, max, "a whole number");
        }

        int port(String name, int defaultPort, int reservedAbove) {
            return number(name, defaultPort, 65535 - reservedAbove, "a free port");
        }

        /** The setting as a number from 1 to {@code max}; a wrong one names the setting and what it should be. */
        private int number(String name, int defaultValue, int max, String what) {
            Optional<String> value = get(name);
            if (value.isEmpty()) {
                return defaultValue;
            }
            int number;
            try {
                number = Integer.parseInt(value.get());
            } catch (NumberFormatException e) {
                throw new StartupException(name + " is '" + value.get() + "', not a number: set " + name
                        + " to " + what + " between 1 and " + max, e);
            }
            if (number < 1 || number > max) {
                throw new StartupException(name + " is " + number + ": set " + name + " to " + what + " between 1 and " + max);
            }
            return number;
        }
    }
}
