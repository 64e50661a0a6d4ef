// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An Elasticsearch node run from the integration-test zip on Maven Central, the only server distribution that a
 * plain Maven build can fetch. It is unpacked once per version and keeps its data between runs.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    /** The transport port is derived from the HTTP port so that users configure one number only. */
    public static final int TRANSPORT_PORT_OFFSET = 100;
    /** Where Elasticsearch lives when the launcher runs as root: readable for {@code nobody} wherever the checkout is. */
    static final Path ROOT_HOME_BASE = Path.of("/var/lib/innenstadt");

    private static final Logger LOG = Logger.getLogger(EmbeddedElasticsearch.class.getName());
    private static final String UNPRIVILEGED_USER = "nobody";
    private static final String UNPRIVILEGED_GROUP = "nogroup";
    private static final String HEAP = "512m";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    static final int LOG_LINES_IN_ERRORS = 25;

    private final Process process;
    private final Path home;
    private final int httpPort;
    private final String clusterName;

    private EmbeddedElasticsearch(Process process, Path home, int httpPort, String clusterName) {
        this.process = process;
        this.home = home;
        this.httpPort = httpPort;
        this.clusterName = clusterName;
    }

    /**
     * Unpacks, configures and starts the node and returns once the cluster is yellow, so callers can create indices
     * right away. When run as root the node runs as {@code nobody} (Elasticsearch refuses root) and its files move
     * to {@link #homeFor} because {@code nobody} cannot reach folders such as {@code /root}.
     */
    public static EmbeddedElasticsearch start(Path distributionZip, List<Path> pluginZips, Path home, int httpPort,
            Duration timeout) {
        boolean root = Os.isRoot();
        Path effectiveHome = homeFor(home, root);
        if (root) {
            LOG.info(() -> "Running as root: Elasticsearch runs as " + UNPRIVILEGED_USER + " and keeps its files in "
                    + effectiveHome + " instead of " + home.toAbsolutePath().normalize());
        }
        requireFree(httpPort, "HTTP");
        requireFree(httpPort + TRANSPORT_PORT_OFFSET, "transport");
        long started = System.nanoTime();
        try {
            Files.createDirectories(effectiveHome);
            Path distribution = unpackOnce(distributionZip.toAbsolutePath(), effectiveHome);
            for (String dir : List.of("data", "logs", "tmp", "plugin-zips")) {
                Files.createDirectories(effectiveHome.resolve(dir));
            }
            writeConfig(distribution, effectiveHome, httpPort);
            if (root) {
                giveToUnprivilegedUser(effectiveHome);
            }
            for (Path pluginZip : pluginZips) {
                ElasticsearchPlugins.install(distribution, effectiveHome, pluginZip.toAbsolutePath(), root);
            }
            Process process = launch(distribution, effectiveHome, root);
            EmbeddedElasticsearch node = new EmbeddedElasticsearch(process, effectiveHome, httpPort,
                    clusterName(effectiveHome));
            node.awaitYellow(timeout);
            LOG.info(() -> String.format("Elasticsearch ready on %s in %d ms (files in %s)",
                    node.url(), (System.nanoTime() - started) / 1_000_000, effectiveHome));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Elasticsearch in " + effectiveHome, e);
        }
    }

    /**
     * The folder Elasticsearch actually uses. As root it is a folder under {@link #ROOT_HOME_BASE} named after a
     * hash of the requested path, so that two checkouts (or a test and the launcher) do not share data.
     */
    static Path homeFor(Path requestedHome, boolean root) {
        Path requested = requestedHome.toAbsolutePath().normalize();
        if (!root) {
            return requested;
        }
        return ROOT_HOME_BASE.resolve(shortHash(requested.toString()));
    }

    /**
     * Unique per home, so the readiness check can tell this node from another Elasticsearch that answers on the
     * same port (a second checkout, another test run).
     */
    static String clusterName(Path home) {
        return "innenstadt-" + shortHash(home.toString());
    }

    private static void requireFree(int port, String purpose) {
        if (!Preflight.isFree(port)) {
            throw new IllegalStateException("Port " + port + " is in use; Elasticsearch needs it as its " + purpose
                    + " port");
        }
    }

    static String shortHash(String text) {
        return HexFormat.of().formatHex(ElasticsearchPlugins.sha256(text.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    /** Where the node keeps data, logs and its console output; differs from the requested home when run as root. */
    public Path home() {
        return home;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, STOP_GRACE, "Elasticsearch");
        LOG.info(() -> "Elasticsearch on port " + httpPort + " stopped");
    }

    private void awaitYellow(Duration timeout) {
        URI health = URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with code " + process.exitValue()
                        + " while starting; last lines of " + consoleLog() + ":" + System.lineSeparator()
                        + ChildProcesses.lastLines(consoleLog(), LOG_LINES_IN_ERRORS));
            }
            HttpProbe.Answer answer = HttpProbe.get(health, Duration.ofSeconds(5));
            if (answer.status() == 200) {
                if (answer.body().contains("\"cluster_name\":\"" + clusterName + "\"")) {
                    return;
                }
                close();
                throw new IllegalStateException("Another Elasticsearch answers on port " + httpPort + ": "
                        + answer.body());
            }
            pause();
        }
        close();
        throw new IllegalStateException("Elasticsearch did not become ready within " + timeout.toSeconds()
                + " s; last lines of " + consoleLog() + ":" + System.lineSeparator()
                + ChildProcesses.lastLines(consoleLog(), LOG_LINES_IN_ERRORS));
    }

    private void pause() {
        try {
            process.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    private Path consoleLog() {
        return home.resolve("logs").resolve("console.log");
    }

    private static Process launch(Path distribution, Path home, boolean root) throws IOException {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(asUnprivilegedUser());
        }
        command.add(distribution.resolve("bin").resolve("elasticsearch").toString());
        ProcessBuilder builder = new ProcessBuilder(ChildProcesses.detachedFromTerminal(command))
                .directory(distribution.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("logs").resolve("console.log").toFile());
        prepareEnvironment(builder.environment(), home);
        LOG.fine(() -> "Starting " + builder.command());
        return builder.start();
    }

    static List<String> asUnprivilegedUser() {
        return List.of(Os.findOnPath("setpriv").map(Path::toString).orElse("setpriv"),
                "--reuid=" + UNPRIVILEGED_USER, "--regid=" + UNPRIVILEGED_GROUP, "--clear-groups");
    }

    /** The scripts warn about or pick up these variables; a user's JVM options must not reach the node. */
    static void prepareEnvironment(Map<String, String> env, Path home) {
        env.keySet().removeAll(List.of("JAVA_HOME", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JAVA_OPTS",
                "ES_JAVA_OPTS", "ES_PATH_CONF", "CLI_JAVA_OPTS"));
        env.put("ES_JAVA_HOME", Os.javaHome().toString());
        env.put("ES_TMPDIR", home.resolve("tmp").toString());
        env.put("HOME", home.toString());
    }

    private static Path unpackOnce(Path zip, Path home) throws IOException {
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            String topFolder = topFolder(zipFile, zip);
            Path target = home.resolve(topFolder);
            if (Files.isDirectory(target)) {
                return target;
            }
            LOG.info(() -> "Unpacking " + zip.getFileName() + " into " + target);
            Path staging = home.resolve(".unpacking");
            deleteTree(staging);
            Files.createDirectories(staging);
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = staging.resolve(entry.getName()).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("Zip entry escapes the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zipFile.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                if (out.getParent().getFileName().toString().equals("bin")) {
                    addExecutePermission(out);
                }
            }
            Files.move(staging.resolve(topFolder), target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(staging);
            return target;
        }
    }

    /** The zip holds one folder named after the version; its name tells whether this version is unpacked already. */
    private static String topFolder(ZipFile zipFile, Path zip) throws IOException {
        Enumeration<? extends ZipEntry> entries = zipFile.entries();
        if (!entries.hasMoreElements()) {
            throw new IOException("Empty Elasticsearch distribution: " + zip);
        }
        String name = entries.nextElement().getName();
        int slash = name.indexOf('/');
        if (slash <= 0) {
            throw new IOException("Unexpected layout (no top folder) in " + zip);
        }
        return name.substring(0, slash);
    }

    private static void addExecutePermission(Path file) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        permissions.add(PosixFilePermission.OWNER_EXECUTE);
        permissions.add(PosixFilePermission.GROUP_EXECUTE);
        permissions.add(PosixFilePermission.OTHERS_EXECUTE);
        Files.setPosixFilePermissions(file, permissions);
    }

    /** Written on every start so that a changed port or a moved home takes effect. */
    private static void writeConfig(Path distribution, Path home, int httpPort) throws IOException {
        Path config = distribution.resolve("config");
        String yaml = String.join("\n",
                "# Written by the Innenstadt launcher on every start; edits are overwritten.",
                "cluster.name: " + clusterName(home),
                "node.name: innenstadt-local",
                "discovery.type: single-node",
                "network.host: 127.0.0.1",
                "http.port: " + httpPort,
                "transport.port: " + (httpPort + TRANSPORT_PORT_OFFSET),
                "path.data: " + home.resolve("data"),
                "path.logs: " + home.resolve("logs"),
                "xpack.security.enabled: false",
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "");
        Files.writeString(config.resolve("elasticsearch.yml"), yaml);
        Path options = config.resolve("jvm.options.d");
        Files.createDirectories(options);
        Files.writeString(options.resolve("innenstadt.options"), "-Xms" + HEAP + "\n-Xmx" + HEAP + "\n");
    }

    /** Everything under the home must belong to the user the node runs as: it writes config, data, logs and tmp. */
    static void giveToUnprivilegedUser(Path root) throws IOException {
        UserPrincipalLookupService lookup = root.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName(UNPRIVILEGED_USER);
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(UNPRIVILEGED_GROUP);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                chown(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                chown(file);
                return FileVisitResult.CONTINUE;
            }

            private void chown(Path path) throws IOException {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!view.getOwner().equals(user)) {
                    view.setOwner(user);
                }
                if (!view.readAttributes().group().equals(group)) {
                    view.setGroup(group);
                }
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
