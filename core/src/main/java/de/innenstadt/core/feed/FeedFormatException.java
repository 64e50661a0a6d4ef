// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

/** A whole feed is unreadable; the message is written for the merchant and ends up on the import record. */
public class FeedFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public FeedFormatException(String message) {
        super(message);
    }

    public FeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
