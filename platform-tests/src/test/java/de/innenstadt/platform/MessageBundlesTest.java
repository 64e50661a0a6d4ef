// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Build check that both web applications speak both languages: the German and English bundles have the same keys
 * with the same placeholders, and every key a page names literally ({@code msg['checkout.name']}) exists. A missing
 * English key shows German on the English page; a missing key shows „???key???“.
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    private record Module(Path bundles, String baseName, Path webRoot) {
    }

    private static final List<Module> MODULES = List.of(
            new Module(Path.of("..", "shop-web", "src", "main", "resources", "de", "innenstadt", "shop"), "messages",
                    Path.of("..", "shop-web", "src", "main", "webapp")),
            new Module(Path.of("..", "merchant-portal", "src", "main", "resources", "de", "innenstadt", "portal"), "messages",
                    Path.of("..", "merchant-portal", "src", "main", "webapp")));

    @Test
    void germanAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
        for (Module module : MODULES) {
            Properties german = load(module.bundles().resolve(module.baseName() + ".properties"));
            Properties english = load(module.bundles().resolve(module.baseName() + "_en.properties"));
            assertThat(german).as(module.bundles() + ": German keys").isNotEmpty();
            assertThat(english.stringPropertyNames()).as(module.bundles() + ": keys missing in English or German")
                    .containsExactlyInAnyOrderElementsOf(german.stringPropertyNames());
            for (String key : german.stringPropertyNames()) {
                assertThat(placeholders(english.getProperty(key))).as(module.bundles() + ": placeholders of " + key)
                        .isEqualTo(placeholders(german.getProperty(key)));
            }
        }
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        for (Module module : MODULES) {
            Properties german = load(module.bundles().resolve(module.baseName() + ".properties"));
            Set<String> missing = new TreeSet<>();
            try (Stream<Path> files = Files.walk(module.webRoot())) {
                for (Path page : files.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                    Matcher key = LITERAL_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                    while (key.find()) {
                        if (!german.containsKey(key.group(1))) {
                            missing.add(module.webRoot().relativize(page) + ": " + key.group(1));
                        }
                    }
                }
            }
            assertThat(missing).as("keys named by pages but missing in " + module.bundles()).isEmpty();
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(message);
        while (placeholder.find()) {
            found.add(placeholder.group(1));
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
