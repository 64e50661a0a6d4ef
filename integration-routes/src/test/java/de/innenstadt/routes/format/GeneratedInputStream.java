// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * Produces a large feed on the fly: a head, then {@code count} generated parts, then a tail, without
 * ever holding more than one part. Counts what was read, so tests can show a parser stopped early.
 */
final class GeneratedInputStream extends InputStream {

    private final byte[] head;

    private final LongFunction<byte[]> part;

    private final long count;

    private final byte[] tail;

    private long next;

    private byte[] current;

    private int position;

    private boolean tailServed;

    private long bytesRead;

    GeneratedInputStream(String head, long count, LongFunction<String> part, String tail) {
        this.head = head.getBytes(StandardCharsets.UTF_8);
        this.part = i -> part.apply(i).getBytes(StandardCharsets.UTF_8);
        this.count = count;
        this.tail = tail.getBytes(StandardCharsets.UTF_8);
        this.current = this.head;
    }

    /** A stream of {@code length} copies of one byte after the head: a line or text node that never ends. */
    static GeneratedInputStream endless(String head, char filler, long length) {
        String block = String.valueOf(filler).repeat(64 * 1024);
        return new GeneratedInputStream(head, length / block.length(), i -> block, "");
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        while (current != null && position == current.length) {
            position = 0;
            if (next < count) {
                current = part.apply(next++);
            } else if (!tailServed) {
                tailServed = true;
                current = tail;
            } else {
                current = null;
            }
        }
        if (current == null) {
            return -1;
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        bytesRead += n;
        return n;
    }
}
