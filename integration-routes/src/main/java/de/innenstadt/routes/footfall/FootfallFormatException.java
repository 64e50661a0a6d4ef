// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

/** Counter data that cannot be read; names the line (CSV) or the field (API) so the sender can fix it. */
public class FootfallFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FootfallFormatException(String message) {
        super(message);
    }

    public FootfallFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
