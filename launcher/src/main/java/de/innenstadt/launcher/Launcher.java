// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Entry point of {@code run.sh}: starts the whole platform on a machine with nothing but a JDK 17+. Settings are
 * described in {@link LauncherSettings} and printed by {@code --help}. MariaDB and Elasticsearch start in parallel
 * because together they dominate the start-up time; Payara Micro follows once both answer, since the applications
 * connect on deployment. Ctrl-C stops Payara first, then Elasticsearch, then MariaDB, so no application writes into
 * a server that is already gone.
 */
public final class Launcher {

    static final String DATABASE_NAME = "innenstadt";
    static final String DEMO_LOGINS_RESOURCE = "/demo-logins.txt";

    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());
    private static final Duration ELASTICSEARCH_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration PAYARA_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration PAGES_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration SHUTDOWN_WAIT_FOR_STARTUP = Duration.ofMinutes(3);

    private final Console console;
    private final AtomicBoolean shuttingDown = new AtomicBoolean();
    private final CountDownLatch startupFinished = new CountDownLatch(1);
    private volatile EmbeddedMariaDb mariaDb;
    private volatile EmbeddedElasticsearch elasticsearch;
    private volatile PayaraMicroProcess payara;

    Launcher(Console console) {
        this.console = console;
    }

    public static void main(String[] args) {
        Console console = Console.system();
        removeLogHandlers();
        try {
            Preflight.checkJava(Runtime.version().feature());
            Path appDir = applicationDirectory();
            LauncherSettings settings = LauncherSettings.resolve(List.of(args), System.getenv(),
                    systemProperties(), appDir.getParent().getParent());
            if (settings.helpRequested()) {
                console.help(LauncherSettings.helpText());
                return;
            }
            new Launcher(console).run(settings, appDir.resolve("dist"));
        } catch (StartupException e) {
            LOG.log(Level.SEVERE, e.getMessage(), e);
            console.failure(e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Start failed", e);
            console.failure("Innenstadt did not start: " + oneLine(e) + " (details in the log files under "
                    + LauncherSettings.VAR_DIR + ")");
            System.exit(1);
        }
    }

    /** Starts everything, prints the URLs and then blocks until Ctrl-C; failures stop what already runs. */
    void run(LauncherSettings settings, Path distDir) {
        long started = System.nanoTime();
        Path varDir = settings.varDir();
        configureLogging(varDir.resolve("logs"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "innenstadt-shutdown"));
        try {
            Distribution dist = Distribution.in(distDir, settings);
            Preflight.checkPorts(Preflight.portsOf(settings), Preflight::isFree);
            settings.externalDbUrl().ifPresent(url -> Preflight.checkExternalDatabase(url,
                    settings.externalDbUser().orElse(null), settings.externalDbPassword().orElse(null)));
            settings.externalElasticsearchUrl().ifPresent(Preflight::checkExternalElasticsearch);
            console.starting(varDir.toString());

            Map<String, String> environment = new LinkedHashMap<>(settings.applicationSettings());
            environment.put(LauncherSettings.VAR_DIR, varDir.toString());
            startBackends(settings, dist, varDir, environment);
            abortIfShuttingDown();

            long payaraStart = System.nanoTime();
            payara = PayaraMicroProcess.start(dist.payaraJar(), List.of(
                            new PayaraMicroProcess.Deployment(dist.shopWar(), "/"),
                            new PayaraMicroProcess.Deployment(dist.portalWar(), "/portal")),
                    settings.httpPort(), settings.httpThreads(), varDir.resolve("payara"), environment, PAYARA_TIMEOUT);
            console.started("Payara Micro on port " + settings.httpPort() + ", log " + payara.logFile(),
                    since(payaraStart));
            awaitPages(settings.httpPort());
            console.running(settings.httpPort(), demoLogins(), since(started));
        } catch (RuntimeException e) {
            startupFinished.countDown();
            stopAll();
            throw e;
        }
        startupFinished.countDown();
        awaitShutdown();
    }

    /** MariaDB and Elasticsearch are independent and each takes seconds, so they start at the same time. */
    private void startBackends(LauncherSettings settings, Distribution dist, Path varDir,
            Map<String, String> environment) {
        ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "innenstadt-backend-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<Void> db = CompletableFuture.runAsync(() -> {
                if (settings.embeddedDatabase()) {
                    long start = System.nanoTime();
                    mariaDb = EmbeddedMariaDb.start(varDir.resolve("mariadb").resolve("base"),
                            varDir.resolve("mariadb").resolve("data"), settings.dbPort());
                    console.started("MariaDB on port " + settings.dbPort(), since(start));
                }
            }, pool);
            CompletableFuture<Void> es = CompletableFuture.runAsync(() -> {
                if (settings.embeddedElasticsearch()) {
                    long start = System.nanoTime();
                    elasticsearch = EmbeddedElasticsearch.start(dist.elasticsearchZip(), dist.pluginZips(),
                            varDir.resolve("elasticsearch"), settings.elasticsearchPort(), ELASTICSEARCH_TIMEOUT);
                    console.started("Elasticsearch on port " + settings.elasticsearchPort() + ", files in "
                            + elasticsearch.home(), since(start));
                }
            }, pool);
            CompletableFuture.allOf(db, es).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } finally {
            pool.shutdown();
        }
        if (mariaDb != null) {
            environment.put(LauncherSettings.DB_URL, mariaDb.jdbcUrl(DATABASE_NAME));
            environment.put(LauncherSettings.DB_USER, EmbeddedMariaDb.USER);
            environment.put(LauncherSettings.DB_PASSWORD, EmbeddedMariaDb.PASSWORD);
        } else {
            environment.put(LauncherSettings.DB_URL, settings.externalDbUrl().orElseThrow());
            settings.externalDbUser().ifPresent(user -> environment.put(LauncherSettings.DB_USER, user));
            settings.externalDbPassword().ifPresent(pw -> environment.put(LauncherSettings.DB_PASSWORD, pw));
        }
        environment.put(LauncherSettings.ELASTICSEARCH_URL, elasticsearch != null
                ? elasticsearch.url() : settings.externalElasticsearchUrl().orElseThrow());
    }

    /**
     * Payara's ready line comes before the first request is served, and on a first run the search index is
     * still being built from the demo data; the URLs are printed only when they work, search included.
     */
    private void awaitPages(int httpPort) {
        List<URI> pages = List.of(URI.create("http://localhost:" + httpPort + "/"),
                URI.create("http://localhost:" + httpPort + "/portal/"),
                URI.create("http://localhost:" + httpPort + "/api/v1/search?q=&size=1"));
        long deadline = System.nanoTime() + PAGES_TIMEOUT.toNanos();
        for (URI page : pages) {
            int status = HttpProbe.status(page, Duration.ofSeconds(30));
            while (status != 200) {
                if (System.nanoTime() > deadline || shuttingDown.get()) {
                    throw new IllegalStateException(page + " answers " + (status == HttpProbe.NO_ANSWER
                            ? "nothing" : "HTTP " + status) + "; see " + payara.logFile());
                }
                pauseBeforeRetry();
                status = HttpProbe.status(page, Duration.ofSeconds(30));
            }
        }
    }

    private void pauseBeforeRetry() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the applications", e);
        }
    }

    private void abortIfShuttingDown() {
        if (shuttingDown.get()) {
            throw new StartupException("Stopped during start-up");
        }
    }

    /** Keeps the main thread alive; the JVM ends through the shutdown hook. */
    private void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(Level.INFO, "Main thread interrupted, stopping", e);
        }
    }

    /**
     * Runs on Ctrl-C. A start that is still in progress is allowed to reach its next step first, because a server
     * whose start is not finished yet could not be stopped and would outlive the launcher.
     */
    private void shutdown() {
        shuttingDown.set(true);
        try {
            if (!startupFinished.await(SHUTDOWN_WAIT_FOR_STARTUP.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning("Start-up did not finish in time; stopping what runs");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(Level.WARNING, "Interrupted while waiting for the start-up to finish", e);
        }
        stopAll();
    }

    private synchronized void stopAll() {
        if (payara == null && elasticsearch == null && mariaDb == null) {
            return;
        }
        console.stopping();
        Map<String, AutoCloseable> stopOrder = new LinkedHashMap<>();
        stopOrder.put("Payara Micro", payara);
        stopOrder.put("Elasticsearch", elasticsearch);
        stopOrder.put("MariaDB", mariaDb);
        payara = null;
        elasticsearch = null;
        mariaDb = null;
        stopOrder.forEach((name, server) -> {
            if (server != null) {
                long start = System.nanoTime();
                try {
                    server.close();
                    console.stopped(name, since(start));
                } catch (Exception e) {
                    LOG.log(Level.SEVERE, "Could not stop " + name, e);
                    console.failure("Could not stop " + name + ": " + oneLine(e));
                }
            }
        });
        console.stopped();
    }

    static List<String> demoLogins() {
        InputStream in = Launcher.class.getResourceAsStream(DEMO_LOGINS_RESOURCE);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEMO_LOGINS_RESOURCE, e);
        }
    }

    /** The folder holding the launcher jar (or the classes folder in an IDE): {@code launcher/target}. */
    static Path applicationDirectory() {
        try {
            Path codeSource = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeSource.toAbsolutePath().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the launcher jar", e);
        }
    }

    /** All details go to a file so that the console shows only what the user needs. */
    private static void configureLogging(Path logDir) {
        try {
            Files.createDirectories(logDir);
            Logger root = removeLogHandlers();
            FileHandler file = new FileHandler(logDir.resolve("launcher.log").toString(), true);
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.setFormatter(new OneLineFormatter());
            root.addHandler(file);
            root.setLevel(Level.INFO);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write logs to " + logDir, e);
        }
    }

    /** The default console handler would mix log records into the few lines the user should read. */
    private static Logger removeLogHandlers() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        return root;
    }

    private static Map<String, String> systemProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        System.getProperties().forEach((key, value) -> properties.put(key.toString(), value.toString()));
        return properties;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }

    /** The files the launcher needs next to its jar; checked first so a missing build step is named clearly. */
    record Distribution(Path payaraJar, Path shopWar, Path portalWar, Path elasticsearchZip, List<Path> pluginZips) {

        static Distribution in(Path distDir, LauncherSettings settings) {
            Distribution dist = new Distribution(distDir.resolve("payara-micro.jar"),
                    distDir.resolve("shop-web.war"), distDir.resolve("merchant-portal.war"),
                    distDir.resolve("elasticsearch.zip"), pluginZips(distDir));
            List<Path> required = new ArrayList<>(List.of(dist.payaraJar(), dist.shopWar(), dist.portalWar()));
            if (settings.embeddedElasticsearch()) {
                required.add(dist.elasticsearchZip());
            }
            for (Path file : required) {
                if (!Files.isRegularFile(file)) {
                    throw new StartupException("Missing " + file + ": build it with ./run.sh (or ./mvnw -DskipTests"
                            + " package -pl launcher -am)");
                }
            }
            return dist;
        }

        /** Every {@code *-plugin.zip} in dist/ is installed into Elasticsearch, so new plugins need no code. */
        private static List<Path> pluginZips(Path distDir) {
            if (!Files.isDirectory(distDir)) {
                return List.of();
            }
            List<Path> zips = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(distDir, "*-plugin.zip")) {
                stream.forEach(zips::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + distDir, e);
            }
            zips.sort(null);
            return List.copyOf(zips);
        }
    }

    /** One line per record, with the thread, because MariaDB, Elasticsearch and Payara start concurrently. */
    private static final class OneLineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(String.format("%1$tF %1$tT.%1$tL %2$-7s %3$s: %4$s%n",
                    record.getMillis(), record.getLevel(), record.getLoggerName(), formatMessage(record)));
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
