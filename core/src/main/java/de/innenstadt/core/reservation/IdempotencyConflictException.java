// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import jakarta.ejb.ApplicationException;

/** An idempotency key was sent again with a different request; the client must use a new key. */
@ApplicationException(rollback = true)
public class IdempotencyConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyConflictException() {
        super("This Idempotency-Key was already used for a different request");
    }
}
