// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

/** The request conflicts with the current state of the resource; answered with 409. */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
