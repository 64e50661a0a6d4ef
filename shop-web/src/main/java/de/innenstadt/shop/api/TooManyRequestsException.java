// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

/** A client exceeded a limit that protects shops from fake reservations and tokens from guessing; 429. */
public class TooManyRequestsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TooManyRequestsException(String message) {
        super(message);
    }
}
