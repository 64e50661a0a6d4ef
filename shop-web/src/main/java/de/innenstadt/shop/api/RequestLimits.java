// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-address limits of this instance: reservations per hour (against fake reservations that would
 * block a shop's stock) and unknown status tokens per minute (against guessing). They are per
 * instance on purpose: a shared counter would need a round trip per request, and a load balancer
 * with sticky client addresses keeps the limits meaningful.
 */
@ApplicationScoped
public class RequestLimits {

    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final Map<String, Deque<Long>> reservations = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> unknownLookups = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "innenstadt.reservations.max-per-address-per-hour", defaultValue = "30")
    private int maxReservationsPerHour;

    @Inject
    @ConfigProperty(name = "innenstadt.reservations.max-unknown-tokens-per-minute", defaultValue = "20")
    private int maxUnknownTokensPerMinute;

    /** For CDI, which injects the fields. */
    public RequestLimits() {
    }

    RequestLimits(Clock clock, int maxReservationsPerHour, int maxUnknownTokensPerMinute) {
        this.clock = clock;
        this.maxReservationsPerHour = maxReservationsPerHour;
        this.maxUnknownTokensPerMinute = maxUnknownTokensPerMinute;
    }

    public void requireReservationAllowed(String address) {
        if (!record(reservations, address, Duration.ofHours(1), maxReservationsPerHour)) {
            throw new TooManyRequestsException("Too many reservations from this address in the last hour.");
        }
    }

    public void requireLookupAllowed(String address) {
        if (count(unknownLookups, address, Duration.ofMinutes(1)) >= maxUnknownTokensPerMinute) {
            throw new TooManyRequestsException("Too many unknown reservation links; please wait a minute.");
        }
    }

    public void recordUnknownLookup(String address) {
        record(unknownLookups, address, Duration.ofMinutes(1), Integer.MAX_VALUE);
    }

    /** Adds an event if the window still has room; returns whether it had. */
    private boolean record(Map<String, Deque<Long>> windows, String address, Duration window, int limit) {
        if (windows.size() > MAX_TRACKED_ADDRESSES) {
            windows.clear();
        }
        long now = clock.millis();
        Deque<Long> events = windows.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (events) {
            evict(events, now - window.toMillis());
            if (events.size() >= limit) {
                return false;
            }
            events.addLast(now);
            return true;
        }
    }

    private int count(Map<String, Deque<Long>> windows, String address, Duration window) {
        Deque<Long> events = windows.get(address);
        if (events == null) {
            return 0;
        }
        synchronized (events) {
            evict(events, clock.millis() - window.toMillis());
            return events.size();
        }
    }

    private static void evict(Deque<Long> events, long oldest) {
        while (!events.isEmpty() && events.peekFirst() < oldest) {
            events.pollFirst();
        }
    }
}
