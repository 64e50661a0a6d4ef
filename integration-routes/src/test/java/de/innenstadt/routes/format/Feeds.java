// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedParseOptions;
import de.innenstadt.core.feed.FeedParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Sample feeds from {@code src/test/resources/feeds} and parsing shortcuts for the tests. */
final class Feeds {

    private Feeds() {
    }

    static InputStream sample(String name) {
        InputStream in = Feeds.class.getResourceAsStream("/feeds/" + name);
        if (in == null) {
            throw new IllegalArgumentException("No sample feed " + name);
        }
        return in;
    }

    static byte[] sampleBytes(String name) {
        try (InputStream in = sample(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CollectingSink parse(FeedParser parser, String sample) throws FeedFormatException {
        return parse(parser, sample(sample), FeedParseOptions.detect());
    }

    static CollectingSink parse(FeedParser parser, InputStream content, FeedParseOptions options) throws FeedFormatException {
        CollectingSink sink = new CollectingSink();
        parser.parse(content, options, sink);
        return sink;
    }

    static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
