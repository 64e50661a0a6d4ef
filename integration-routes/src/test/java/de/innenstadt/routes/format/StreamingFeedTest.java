// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.catalog.Gtin;
import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedLine;
import de.innenstadt.core.feed.FeedParseOptions;
import de.innenstadt.core.feed.FeedProblem;
import de.innenstadt.core.feed.FeedSink;
import org.junit.jupiter.api.Test;

/** A million-line feed passes through in bounded memory: it is generated on the fly and only counted. */
class StreamingFeedTest {

    private static final int LINES = 1_000_000;

    @Test
    void aMillionLineCsvStreamsThrough() throws FeedFormatException {
        GeneratedInputStream feed = new GeneratedInputStream("Filiale;EAN;Bestand;VK-Preis\n", LINES,
                i -> "KL-0" + (i % 3) + ";" + Gtin.withCheckDigit(String.format("400%09d", i)) + ";" + (i % 50)
                        + ";" + (i % 100) + ",99\n", "");
        CountingSink sink = new CountingSink();

        new PosCsvParser().parse(feed, FeedParseOptions.detect(), sink);

        assertThat(sink.problems).isZero();
        assertThat(sink.lines).isEqualTo(LINES);
        assertThat(sink.lastLine).isEqualTo(LINES + 1);
        assertThat(sink.quantitySum).isEqualTo(LINES / 50 * (49 * 50 / 2));
    }

    private static final class CountingSink implements FeedSink {

        long lines;

        long problems;

        long lastLine;

        long quantitySum;

        @Override
        public void accept(FeedLine line) {
            lines++;
            lastLine = line.lineNumber();
            quantitySum += line.quantity();
        }

        @Override
        public void reject(FeedProblem problem) {
            problems++;
        }
    }
}
