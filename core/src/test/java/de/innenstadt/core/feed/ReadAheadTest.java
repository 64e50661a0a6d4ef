// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

    @TempDir
    Path dir;

    /** Reports {@code lines} lines, every seventh as a problem, then fails with {@code failure} if one is given. */
    private record CountingParser(int lines, FeedFormatException failure, AtomicReference<Thread> thread) implements FeedParser {
        @Override
        public FeedFormat format() {
            return FeedFormat.POS_CSV;
        }

        @Override
        public void parse(InputStream content, FeedParseOptions options, FeedSink sink) throws FeedFormatException {
            thread.set(Thread.currentThread());
            for (int i = 1; i <= lines; i++) {
                if (i % 7 == 0) {
                    sink.reject(new FeedProblem(i, "gtin", "x", FeedText.of(FeedText.Code.AS_RECORDED, "bad")));
                } else {
                    sink.accept(new FeedLine(i, "S1", null, "sku-" + i, i, null, null));
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static final class Recording implements FeedSink {
        final List<Long> lineNumbers = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();

        @Override
        public void accept(FeedLine line) {
            lineNumbers.add(line.lineNumber());
            threads.add(Thread.currentThread());
        }

        @Override
        public void reject(FeedProblem problem) {
            lineNumbers.add(-problem.lineNumber());
            threads.add(Thread.currentThread());
        }
    }

    private Path file() throws IOException {
        return Files.writeString(dir.resolve("feed.csv"), "whatever the parser reads");
    }

    @Test
    void theSinkGetsEveryLineInOrderOnTheCallingThreadWhileTheParserRunsOnAnother() throws Exception {
        AtomicReference<Thread> parserThread = new AtomicReference<>();
        Recording sink = new Recording();

        ReadAhead.parse(Thread::new, new CountingParser(5000, null, parserThread), file(), FeedParseOptions.detect(), sink);

        assertThat(sink.lineNumbers).hasSize(5000);
        for (int i = 1; i <= 5000; i++) {
            assertThat(sink.lineNumbers.get(i - 1)).isEqualTo(i % 7 == 0 ? -i : i);
        }
        assertThat(sink.threads).containsOnly(Thread.currentThread());
        assertThat(parserThread.get()).isNotEqualTo(Thread.currentThread());
        assertThat(parserThread.get().isAlive()).isFalse();
    }

    @Test
    void theParsersFailureIsThrownAfterTheLinesBeforeIt() throws Exception {
        Recording sink = new Recording();
        FeedFormatException broken = new FeedFormatException(FeedText.of(FeedText.Code.LINE_ENCODING, 3001, "UTF-8", "0xE4"));

        assertThatThrownBy(() -> ReadAhead.parse(Thread::new, new CountingParser(3000, broken, new AtomicReference<>()), file(),
                FeedParseOptions.detect(), sink)).isSameAs(broken);
        assertThat(sink.lineNumbers).hasSize(3000);
    }

    @Test
    void aFailingSinkStopsTheParserAndItsFailureIsThrown() throws Exception {
        AtomicReference<Thread> parserThread = new AtomicReference<>();
        IllegalStateException databaseGone = new IllegalStateException("database gone");
        FeedSink failing = new FeedSink() {
            @Override
            public void accept(FeedLine line) {
                if (line.lineNumber() == 2000) {
                    throw databaseGone;
                }
            }

            @Override
            public void reject(FeedProblem problem) {
            }
        };

        assertThatThrownBy(() -> ReadAhead.parse(Thread::new, new CountingParser(1_000_000, null, parserThread), file(),
                FeedParseOptions.detect(), failing)).isSameAs(databaseGone);
        assertThat(parserThread.get().isAlive()).isFalse();
    }
}
