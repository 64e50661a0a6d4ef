// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Facts about the operating system that decide how the servers have to be started. */
final class Os {

    private static final Logger LOG = Logger.getLogger(Os.class.getName());

    private Os() {
    }

    /**
     * Root matters because MariaDB needs {@code --user=root} then and Elasticsearch refuses to run at all; the
     * effective uid is read from {@code /proc/self} because {@code user.name} can be set to anything.
     */
    static boolean isRoot() {
        Path self = Path.of("/proc/self");
        if (Files.exists(self)) {
            try {
                return ((Integer) Files.getAttribute(self, "unix:uid")) == 0;
            } catch (IOException | UnsupportedOperationException e) {
                LOG.log(Level.FINE, "Cannot read the uid of /proc/self, falling back to user.name", e);
            }
        }
        return "root".equals(System.getProperty("user.name"));
    }

    /** Finds a program on the PATH, so optional helpers like {@code setsid} are used only where they exist. */
    static Optional<Path> findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The JDK running the launcher; Payara Micro and Elasticsearch are started on the same one. */
    static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    static Path javaExecutable() {
        return javaHome().resolve("bin").resolve("java");
    }
}
