// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A throw-away Elasticsearch node unpacked from the integration-test zip, with our plugin installed.
 *
 * <p>Elasticsearch refuses to run as root, and CI runs as root: then the node runs as {@code nobody} through
 * {@code setpriv}, so its home must lie where {@code nobody} can read it (not below {@code /root}, which is mode
 * 700), hence a fresh folder under {@code /tmp} that is handed to {@code nobody}. As any other user the node runs as
 * that user below the given folder.
 */
final class ElasticsearchTestServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path workDir;
    private final Path home;
    private final boolean root;
    private final int httpPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    private ElasticsearchTestServer(Path workDir, Path home, boolean root, int httpPort) {
        this.workDir = workDir;
        this.home = home;
        this.root = root;
        this.httpPort = httpPort;
    }

    /**
     * Unpacks the server, installs the plugin, writes the config files given (relative to the config folder) and
     * starts the node, returning once the cluster is at least yellow.
     */
    static ElasticsearchTestServer start(Path distributionZip, Path pluginZip, Path nonRootBase,
                                         Map<String, String> configFiles) throws IOException, InterruptedException {
        boolean root = isRoot();
        Path base = root ? Path.of("/tmp") : nonRootBase;
        Files.createDirectories(base);
        Path workDir = Files.createTempDirectory(base, "innenstadt-es-it-");
        Path home = unzip(distributionZip, workDir);
        Path plugin = Files.copy(pluginZip, workDir.resolve("plugin.zip"));
        int httpPort = freePort();
        ElasticsearchTestServer server = new ElasticsearchTestServer(workDir, home, root, httpPort);
        try {
            server.configure(freePort(), configFiles);
            server.run(List.of(home.resolve("bin/elasticsearch-plugin").toString(), "install", "--batch",
                plugin.toUri().toString()), workDir.resolve("plugin-install.log"));
            server.launch();
            return server;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            server.close();
            throw e;
        }
    }

    /** Sends a request and returns status and body; {@code body} may be {@code null}. */
    Response send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
    }

    /** Replaces a file below the node's config folder, readable by the node's user. */
    void writeConfigFile(String relativePath, String content) throws IOException {
        Path file = home.resolve("config").resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** The tail of the node's console output, for failure messages. */
    String logTail() {
        Path log = workDir.resolve("console.log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            stop();
        } finally {
            deleteRecursively(workDir);
        }
    }

    private void configure(int transportPort, Map<String, String> configFiles) throws IOException, InterruptedException {
        Path config = home.resolve("config");
        String settings = String.join("\n",
            "cluster.name: innenstadt-analysis-it",
            "discovery.type: single-node",
            "xpack.security.enabled: false",
            "network.host: 127.0.0.1",
            "http.port: " + httpPort,
            "transport.port: " + transportPort,
            "cluster.routing.allocation.disk.threshold_enabled: false",
            "");
        Files.writeString(config.resolve("elasticsearch.yml"), settings, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(config.resolve("jvm.options.d/heap.options"), "-Xms512m\n-Xmx512m\n", StandardCharsets.UTF_8);
        for (Map.Entry<String, String> file : configFiles.entrySet()) {
            writeConfigFile(file.getKey(), file.getValue());
        }
        Files.createDirectories(workDir.resolve("tmp"));
        if (root) {
            exec(List.of("chown", "-R", "nobody:nogroup", workDir.toString()), workDir.resolve("chown.log"));
        }
    }

    private void launch() throws IOException, InterruptedException {
        process = processBuilder(List.of(home.resolve("bin/elasticsearch").toString()), workDir.resolve("console.log")).start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            // The wait on the process paces the polling and notices a node that died on startup.
            if (process.waitFor(250, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Elasticsearch exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                Response health = send("GET", "/_cluster/health?wait_for_status=yellow&timeout=5s", null);
                if (health.status() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                continue;
            }
        }
        throw new IllegalStateException("Elasticsearch did not become healthy within " + START_TIMEOUT + ":\n" + logTail());
    }

    private void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
            }
            for (ProcessHandle handle : tree) {
                handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tree.forEach(ProcessHandle::destroyForcibly);
        } catch (ExecutionException | TimeoutException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        }
        process = null;
    }

    private void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = processBuilder(command, log).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    private ProcessBuilder processBuilder(List<String> command, Path log) {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", System.getProperty("es.java.home", System.getProperty("java.home")));
        env.put("ES_TMPDIR", workDir.resolve("tmp").toString());
        // The launcher JVM writes its own temp files (final-flags*) to java.io.tmpdir: keep them in the work folder.
        env.put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + workDir.resolve("tmp"));
        env.remove("ES_JAVA_OPTS");
        env.remove("JAVA_TOOL_OPTIONS");
        return builder;
    }

    private static void exec(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    private static boolean isRoot() throws IOException {
        return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Unpacks the distribution and returns its home folder (the zip's single top-level folder). */
    private static Path unzip(Path zip, Path target) throws IOException {
        Path home = null;
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.copy(in, out);
                if (home == null) {
                    home = target.resolve(target.relativize(out).getName(0));
                }
            }
        }
        if (home == null) {
            throw new IOException("Empty distribution zip " + zip);
        }
        try (Stream<Path> bin = Files.list(home.resolve("bin"))) {
            bin.forEach(f -> f.toFile().setExecutable(true, false));
        }
        return home;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Status and body of an HTTP response. */
    record Response(int status, String body) {
    }
}
