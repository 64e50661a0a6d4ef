// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;

/**
 * Runs a parser on a thread of its own and gives its lines to a sink on the calling thread, so that
 * reading a file (decoding, splitting, checking values: processor time in this JVM) overlaps with deciding
 * and writing the lines (mostly waiting for the database). The sink sees the same calls in the same order
 * as if the parser called it directly, and the parser's failure is thrown on the calling thread. Lines
 * travel in chunks through a short queue, so at most a few thousand are held at a time.
 */
final class ReadAhead {

    private static final int CHUNK_LINES = 1024;
    private static final int CHUNKS_AHEAD = 4;

    private ReadAhead() {
    }

    static void parse(ThreadFactory threads, FeedParser parser, Path file, FeedParseOptions options, FeedSink sink)
            throws IOException, FeedFormatException {
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        Thread reader = threads.newThread(() -> read(parser, file, options, queue));
        if (reader == null) {
            throw new IllegalStateException("No thread could be created to read the feed");
        }
        reader.start();
        boolean ended = false;
        try {
            while (!ended) {
                Chunk chunk = take(queue);
                for (int i = 0; i < chunk.size; i++) {
                    if (chunk.events[i] instanceof FeedLine line) {
                        sink.accept(line);
                    } else {
                        sink.reject((FeedProblem) chunk.events[i]);
                    }
                }
                ended = chunk.last;
                if (ended) {
                    chunk.rethrowFailure();
                }
            }
        } finally {
            if (!ended) {
                reader.interrupt();
            }
            awaitEnd(reader);
        }
    }

    private static void read(FeedParser parser, Path file, FeedParseOptions options, BlockingQueue<Chunk> queue) {
        Chunking chunking = new Chunking(queue);
        Throwable failure = null;
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, options, chunking);
        } catch (Abandoned abandoned) {
            return;
        } catch (IOException | FeedFormatException | RuntimeException | Error e) {
            failure = e;
        }
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        chunking.end(failure);
    }

    private static Chunk take(BlockingQueue<Chunk> queue) throws InterruptedIOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while reading the feed");
        }
    }

    private static void awaitEnd(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lines or problems in the parser's order; the last chunk carries the parser's failure, if any. */
    private static final class Chunk {
        final Object[] events = new Object[CHUNK_LINES];
        int size;
        boolean last;
        Throwable failure;

        void rethrowFailure() throws IOException, FeedFormatException {
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure instanceof FeedFormatException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
    }

    /** The parser's sink on the reading thread. */
    private static final class Chunking implements FeedSink {
        private final BlockingQueue<Chunk> queue;
        private Chunk current = new Chunk();

        Chunking(BlockingQueue<Chunk> queue) {
            this.queue = queue;
        }

        @Override
        public void accept(FeedLine line) {
            add(line);
        }

        @Override
        public void reject(FeedProblem problem) {
            add(problem);
        }

        private void add(Object event) {
            current.events[current.size++] = event;
            if (current.size == CHUNK_LINES) {
                handOver();
                current = new Chunk();
            }
        }

        void end(Throwable failure) {
            current.last = true;
            current.failure = failure;
            handOver();
        }

        private void handOver() {
            try {
                queue.put(current);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Abandoned();
            }
        }
    }

    /** The calling thread stopped taking lines (it failed): the parser is stopped through its sink. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }
}
