// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** A reservation request that cannot be accepted as it is; field → message, in words for the shopper. */
@ApplicationException(rollback = true)
public class InvalidReservationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidReservationException(Map<String, String> fieldErrors) {
        super("Invalid reservation: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
