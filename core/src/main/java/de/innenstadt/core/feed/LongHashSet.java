// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import java.util.Arrays;

/**
 * A set of longs in one array (open addressing): a million offer ids or line keys cost 16 MB instead
 * of the ~60 MB of a {@code HashSet<Long>}, which matters for feeds read with a 512 MB heap.
 */
final class LongHashSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots;
    private int size;
    private boolean containsEmptyMarker;

    LongHashSet() {
        this(1 << 14);
    }

    /** @param capacity the initial number of slots, a power of two; the set doubles it as it fills */
    LongHashSet(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("The capacity must be a power of two: " + capacity);
        }
        slots = emptySlots(capacity);
    }

    /** @return true when the value was not in the set yet */
    boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !containsEmptyMarker;
            containsEmptyMarker = true;
            return added;
        }
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        return insert(slots, value);
    }

    boolean contains(long value) {
        if (value == EMPTY) {
            return containsEmptyMarker;
        }
        int mask = slots.length - 1;
        for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == EMPTY) {
                return false;
            }
            if (slots[i] == value) {
                return true;
            }
        }
    }

    private boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
            if (table[i] == EMPTY) {
                table[i] = value;
                size++;
                return true;
            }
            if (table[i] == value) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = emptySlots(old.length * 2);
        size = 0;
        for (long value : old) {
            if (value != EMPTY) {
                insert(slots, value);
            }
        }
    }

    private static long[] emptySlots(int capacity) {
        long[] table = new long[capacity];
        Arrays.fill(table, EMPTY);
        return table;
    }

    private static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
