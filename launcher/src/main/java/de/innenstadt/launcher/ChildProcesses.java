// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Process handling shared by the servers that run as separate operating-system processes. */
final class ChildProcesses {

    private static final Logger LOG = Logger.getLogger(ChildProcesses.class.getName());

    private static final int TAIL_BYTES = 64 * 1024;

    private ChildProcesses() {
    }

    /**
     * Puts the child into its own session when {@code setsid} exists, so that Ctrl-C in the terminal reaches only
     * the launcher, which then stops the servers in order instead of all of them dying at once.
     */
    static List<String> detachedFromTerminal(List<String> command) {
        List<String> result = new ArrayList<>();
        Os.findOnPath("setsid").ifPresent(setsid -> result.add(setsid.toString()));
        result.addAll(command);
        return result;
    }

    /**
     * Stops a process gracefully and then its descendants, because Elasticsearch's launcher JVM forks the real
     * server JVM and killing only the parent would leave the server holding its ports.
     */
    static void stop(Process process, Duration grace, String name) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        if (!waitFor(process.toHandle(), grace)) {
            LOG.warning(() -> name + " did not stop within " + grace.toSeconds() + " s, killing it");
            process.destroyForcibly();
            waitFor(process.toHandle(), grace);
        }
        for (ProcessHandle child : descendants) {
            if (child.isAlive()) {
                child.destroy();
                if (!waitFor(child, grace)) {
                    LOG.warning(() -> name + " child process " + child.pid() + " is still running, killing it");
                    child.destroyForcibly();
                    waitFor(child, grace);
                }
            }
        }
    }

    private static boolean waitFor(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            LOG.log(Level.FINE, "Process " + handle.pid() + " still alive after " + timeout, e);
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for process " + handle.pid() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for process " + handle.pid(), e);
        }
    }

    /** The end of a log file, so that a failure message shows the cause without sending the user to the file. */
    static String lastLines(Path logFile, int count) {
        if (!Files.isRegularFile(logFile)) {
            return "(no output in " + logFile + ")";
        }
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] tail = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(tail);
            List<String> lines = new String(tail, StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + logFile, e);
        }
    }
}
