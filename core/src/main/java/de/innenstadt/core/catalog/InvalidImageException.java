// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import jakarta.ejb.ApplicationException;

/** An uploaded or fetched photo was refused; {@link #problem()} says why, so the page can say it in the merchant's language. */
@ApplicationException(rollback = true)
public class InvalidImageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the file. */
    public enum Problem {
        EMPTY,
        TOO_LARGE,
        UNSUPPORTED_TYPE,
        /** The first bytes say JPEG, PNG or WebP, but the picture cannot be read. */
        DAMAGED,
        /** More pixels than a product picture needs; decoding it would take the server's memory. */
        TOO_MANY_PIXELS
    }

    private final Problem problem;
    private final int maxKilobytes;

    public InvalidImageException(Problem problem, int maxKilobytes, String message) {
        super(message);
        this.problem = problem;
        this.maxKilobytes = maxKilobytes;
    }

    public Problem problem() {
        return problem;
    }

    /** The largest file accepted, for the message. */
    public int maxKilobytes() {
        return maxKilobytes;
    }
}
