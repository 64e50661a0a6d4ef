// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

/** The platform's feed drop folder under the test work folder, as a merchant's system fills it. */
final class DropFolder {

    private DropFolder() {
    }

    static Path dir(String slug) {
        return Path.of(System.getProperty("innenstadt.it.work"), "var", "feeds", "drop", slug);
    }

    /** Writes under a .part name and renames, as merchants are told to, so the route never sees half a file. */
    static Path drop(String slug, String name, byte[] content) throws IOException {
        Files.createDirectories(dir(slug));
        String unique = UUID.randomUUID().toString().substring(0, 8) + "-" + name;
        Path part = dir(slug).resolve(unique + ".part");
        Files.write(part, content);
        return Files.move(part, dir(slug).resolve(unique));
    }

    /** Waits until the route has taken the file and checks it landed in {@code folder} (done, failed). */
    static void awaitMoved(String slug, Path file, String folder) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> !Files.exists(file));
        try (Stream<Path> moved = Files.list(dir(slug).resolve(folder))) {
            assertThat(moved.map(p -> p.getFileName().toString())).as("moved to " + folder)
                    .anyMatch(n -> n.endsWith(file.getFileName().toString()));
        } catch (IOException e) {
            throw new AssertionError("No " + folder + " folder in " + dir(slug), e);
        }
    }
}
