// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

/** A request parameter is missing, malformed or out of range; answered with 400 and the reason. */
public class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
