// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a shopper's name, e-mail and phone are kept after a reservation ended
 * ({@code innenstadt.reservations.erase-after-days}, default 30): read by the nightly erasure and
 * told to the shopper at checkout and on the status page, so both say the same.
 */
@ApplicationScoped
public class ReservationRetention {

    @Inject
    @ConfigProperty(name = "innenstadt.reservations.erase-after-days", defaultValue = "30")
    int eraseAfterDays;

    public Duration eraseAfter() {
        return Duration.ofDays(eraseAfterDays);
    }

    public int eraseAfterDays() {
        return eraseAfterDays;
    }
}
