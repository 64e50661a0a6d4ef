// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed attempts per key (an address, or a name that has no account) within a sliding window, in
 * memory. Bounded: past {@code maxKeys} the least recently failed keys are forgotten first, so a
 * flood of made-up names cannot fill the heap.
 */
final class FailureWindow {

    private final Duration window;
    private final int maxKeys;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true);

    FailureWindow(Duration window, int maxKeys) {
        this.window = window;
        this.maxKeys = maxKeys;
    }

    synchronized void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        times.addLast(now);
        prune(times, now);
        if (failures.size() > maxKeys) {
            Iterator<String> eldest = failures.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    synchronized int count(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        prune(times, now);
        if (times.isEmpty()) {
            failures.remove(key);
            return 0;
        }
        return times.size();
    }

    synchronized void forget(String key) {
        failures.remove(key);
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant start = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }
}
