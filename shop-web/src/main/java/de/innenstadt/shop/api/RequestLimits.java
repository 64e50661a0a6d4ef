// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import de.innenstadt.core.reservation.Customer;
import de.innenstadt.core.reservation.ReservationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits against fake reservations that would block a shop's stock, for the API and the checkout page
 * alike: reservations per contact and hour (counted in the database, so across instances), and per
 * client address of this instance: reservations per hour and unknown status tokens per minute (against
 * guessing). The address limits are per instance on purpose: a shared counter would need a round trip
 * per request, and a load balancer with sticky client addresses keeps the limits meaningful.
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

    @Inject
    @ConfigProperty(name = "innenstadt.reservations.max-per-contact-per-hour", defaultValue = "10")
    private int maxPerContactPerHour;

    @Inject
    private ReservationService reservationService;

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

    /** Refuses a reservation for an e-mail address or phone number that already made the hour's maximum. */
    public void requireContactBelowLimit(Customer customer) {
        Instant hourAgo = Instant.now(clock).minus(Duration.ofHours(1));
        for (String contact : new String[] {customer.email(), customer.phone()}) {
            if (contact != null && !contact.isBlank()
                    && reservationService.countByContactSince(contact, hourAgo) >= maxPerContactPerHour) {
                throw new TooManyRequestsException("Too many reservations for this contact in the last hour.");
            }
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
