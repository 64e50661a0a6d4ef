// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void dataUnderTheTempFolderIsSpelledSoMariaDb4jKeepsIt() {
        String tmp = System.getProperty("java.io.tmpdir");
        String data = Path.of(tmp, "innenstadt", "data").toString();

        String spelled = EmbeddedMariaDb.spellingMariaDb4jDoesNotWipe(data);

        assertThat(spelled).doesNotStartWith(tmp);
        assertThat(Path.of(spelled).normalize()).isEqualTo(Path.of(data));
    }

    @Test
    void dataElsewhereIsLeftAlone() {
        assertThat(EmbeddedMariaDb.spellingMariaDb4jDoesNotWipe("/srv/innenstadt-test-data"))
                .isEqualTo("/srv/innenstadt-test-data");
    }

    @Test
    void theSocketStaysInTheBaseFolderUnlessThePathIsTooLong() {
        assertThat(EmbeddedMariaDb.socketPath(Path.of("/srv/var/mariadb/base"), 3307))
                .isEqualTo("/srv/var/mariadb/base/mariadb.sock");
        Path deep = Path.of("/srv", "x".repeat(120), "base");
        assertThat(EmbeddedMariaDb.socketPath(deep, 3307))
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "innenstadt-mariadb-3307.sock").toString());
    }
}
