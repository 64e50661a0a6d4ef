// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

/** The counter API could not be reached or refused the request; the next poll tries again. */
public class FootfallSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FootfallSourceException(String message) {
        super(message);
    }

    public FootfallSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
