// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Installs our analysis plugin into the embedded node with Elasticsearch's own {@code elasticsearch-plugin} tool. */
final class ElasticsearchPlugins {

    private static final Logger LOG = Logger.getLogger(ElasticsearchPlugins.class.getName());

    private ElasticsearchPlugins() {
    }

    /**
     * Installs a plugin unless the same zip is installed already; a changed zip replaces the old installation
     * because plugin code under development changes without a version bump.
     */
    static void install(Path distribution, Path home, Path pluginZip, boolean root) throws IOException {
        String name = pluginName(pluginZip);
        String checksum = HexFormat.of().formatHex(sha256(Files.readAllBytes(pluginZip)));
        Path copy = home.resolve("plugin-zips").resolve(name + ".zip");
        Path checksumFile = home.resolve("plugin-zips").resolve(name + ".sha256");
        Path installed = distribution.resolve("plugins").resolve(name);
        if (Files.isDirectory(installed) && Files.isRegularFile(checksumFile)
                && Files.readString(checksumFile).strip().equals(checksum)) {
            return;
        }
        if (Files.isDirectory(installed)) {
            LOG.info(() -> "Plugin " + name + " changed, re-installing it from " + pluginZip);
            runPluginTool(distribution, home, root, List.of("remove", name));
        } else {
            LOG.info(() -> "Installing Elasticsearch plugin " + name + " from " + pluginZip);
        }
        Files.copy(pluginZip, copy, StandardCopyOption.REPLACE_EXISTING);
        if (root) {
            EmbeddedElasticsearch.giveToUnprivilegedUser(copy);
        }
        runPluginTool(distribution, home, root, List.of("install", "--batch", copy.toUri().toString()));
        Files.writeString(checksumFile, checksum + "\n");
    }

    /** The tool needs the plugin's name for removal; it is in the descriptor at the zip's root. */
    static String pluginName(Path pluginZip) throws IOException {
        try (ZipFile zipFile = new ZipFile(pluginZip.toFile())) {
            ZipEntry descriptor = zipFile.getEntry("plugin-descriptor.properties");
            if (descriptor == null) {
                descriptor = zipFile.getEntry("stable-plugin-descriptor.properties");
            }
            if (descriptor == null) {
                throw new IOException(pluginZip + " is not an Elasticsearch plugin: no plugin-descriptor.properties");
            }
            Properties properties = new Properties();
            try (InputStream in = zipFile.getInputStream(descriptor)) {
                properties.load(in);
            }
            String name = properties.getProperty("name");
            if (name == null || !name.matches("[A-Za-z0-9_.-]+")) {
                throw new IOException("Missing or odd plugin name '" + name + "' in " + pluginZip);
            }
            return name;
        }
    }

    private static void runPluginTool(Path distribution, Path home, boolean root, List<String> arguments)
            throws IOException {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(EmbeddedElasticsearch.asUnprivilegedUser());
        }
        command.add(distribution.resolve("bin").resolve("elasticsearch-plugin").toString());
        command.addAll(arguments);
        Path log = home.resolve("logs").resolve("plugin-tool.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(distribution.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        EmbeddedElasticsearch.prepareEnvironment(builder.environment(), home);
        Process process = builder.start();
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("elasticsearch-plugin " + arguments + " did not finish in 2 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while running elasticsearch-plugin " + arguments, e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("elasticsearch-plugin " + arguments + " failed with exit code "
                    + process.exitValue() + ":" + System.lineSeparator()
                    + ChildProcesses.lastLines(log, EmbeddedElasticsearch.LOG_LINES_IN_ERRORS));
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
