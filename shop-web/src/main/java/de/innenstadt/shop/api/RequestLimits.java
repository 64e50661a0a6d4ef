// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import de.innenstadt.core.platform.RequestBudget;
import de.innenstadt.core.reservation.Customer;
import de.innenstadt.core.reservation.ReservationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits against fake reservations that would block a shop's stock, for the API and the checkout page
 * alike: reservations per contact and hour, reservations per client address and hour, and unknown
 * status tokens per client address and minute (against guessing). All are counted in MariaDB
 * ({@link RequestBudget}), so they hold across instances; the client address is the shopper's, also
 * behind the balancer ({@code innenstadt.http.trusted-proxies}).
 */
@ApplicationScoped
public class RequestLimits {

    private static final String RESERVATIONS = "reservation";
    private static final String UNKNOWN_TOKENS = "unknown-token";
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    private Clock clock;

    @Inject
    private RequestBudget budget;

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

    /** How many reservations one address may make in an hour; the privacy notice tells shoppers. */
    public int reservationsPerAddressPerHour() {
        return maxReservationsPerHour;
    }

    public void requireReservationAllowed(String address) {
        if (!budget.spend(RESERVATIONS, address, HOUR, maxReservationsPerHour)) {
            throw new TooManyRequestsException("Too many reservations from this address in the last hour.");
        }
    }

    /** Refuses a reservation for an e-mail address or phone number that already made the hour's maximum. */
    public void requireContactBelowLimit(Customer customer) {
        Instant hourAgo = Instant.now(clock).minus(HOUR);
        for (String contact : new String[] {customer.email(), customer.phone()}) {
            if (contact != null && !contact.isBlank()
                    && reservationService.countByContactSince(contact, hourAgo) >= maxPerContactPerHour) {
                throw new TooManyRequestsException("Too many reservations for this contact in the last hour.");
            }
        }
    }

    public void requireLookupAllowed(String address) {
        if (budget.isSpent(UNKNOWN_TOKENS, address, MINUTE, maxUnknownTokensPerMinute)) {
            throw new TooManyRequestsException("Too many unknown reservation links; please wait a minute.");
        }
    }

    public void recordUnknownLookup(String address) {
        budget.record(UNKNOWN_TOKENS, address, MINUTE);
    }
}
