// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.innenstadt.core.feed.FeedFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeedParsersTest {

    private final FeedParsers parsers = new FeedParsers();

    @ParameterizedTest
    @EnumSource(value = FeedFormat.class, names = "JSON_PUSH", mode = EnumSource.Mode.EXCLUDE)
    void everyFileFormatHasItsParser(FeedFormat format) {
        assertThat(parsers.forFormat(format).format()).isEqualTo(format);
    }

    @Test
    void pushedJsonHasNoFileParser() {
        assertThatThrownBy(() -> parsers.forFormat(FeedFormat.JSON_PUSH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("push API");
    }
}
