// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedElasticsearchTest {

    @TempDir
    Path tmp;

    @Test
    void aNormalUserGetsTheRequestedHome() {
        assertThat(EmbeddedElasticsearch.homeFor(Path.of("/home/anna/innenstadt/var/elasticsearch/../elasticsearch"),
                false)).isEqualTo(Path.of("/home/anna/innenstadt/var/elasticsearch"));
    }

    @Test
    void rootGetsAFolderUnderVarLibNamedByTheRequestedPath() {
        Path home = EmbeddedElasticsearch.homeFor(Path.of("/root/innenstadt/var/elasticsearch"), true);

        assertThat(home.getParent()).isEqualTo(Path.of("/var/lib/innenstadt"));
        assertThat(home.getFileName().toString()).matches("[0-9a-f]{12}");
        assertThat(EmbeddedElasticsearch.homeFor(Path.of("/root/innenstadt/var/./elasticsearch"), true))
                .isEqualTo(home);
        assertThat(EmbeddedElasticsearch.homeFor(Path.of("/root/other/var/elasticsearch"), true))
                .isNotEqualTo(home);
    }

    @Test
    void pluginNameComesFromTheDescriptor() throws IOException {
        Path zip = zip("plugin-descriptor.properties", "name=innenstadt-analysis\nversion=1\n");

        assertThat(ElasticsearchPlugins.pluginName(zip)).isEqualTo("innenstadt-analysis");
    }

    @Test
    void aZipWithoutDescriptorIsRefused() throws IOException {
        Path zip = zip("readme.txt", "hello");

        assertThatThrownBy(() -> ElasticsearchPlugins.pluginName(zip))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no plugin-descriptor.properties");
    }

    private Path zip(String entry, String content) throws IOException {
        Path zip = tmp.resolve("test-plugin.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }
}
