// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Some items of a reservation are no longer available in the asked quantity; nothing was held.
 * Carries what is available now, so the shopper can adjust instead of starting over.
 */
@ApplicationException(rollback = true)
public class InsufficientStockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An offer and what can still be reserved of it. */
    public record Shortage(long offerId, int available) {
    }

    private final List<Shortage> shortages;

    public InsufficientStockException(List<Shortage> shortages) {
        super("Not enough stock for offers " + shortages);
        this.shortages = List.copyOf(shortages);
    }

    public List<Shortage> shortages() {
        return shortages;
    }
}
