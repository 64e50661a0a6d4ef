// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.feed.FeedFormatException;
import java.io.IOException;

/**
 * A limit or format failure found while bytes are being read, deep inside a stream where only an
 * {@link IOException} may be thrown (an unpacked archive that grows too large, an XML run without
 * markup). The message is already written for the merchant; parsers turn it back into a
 * {@link FeedFormatException}.
 */
final class FeedReadFailure extends IOException {

    private static final long serialVersionUID = 1L;

    FeedReadFailure(String message) {
        super(message);
    }

    /** The merchant's message for a failed read: ours as written, anything else with its cause. */
    static FeedFormatException unreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FeedReadFailure ours) {
                return new FeedFormatException(ours.getMessage(), failure);
            }
        }
        return new FeedFormatException("The file could not be read: " + failure.getMessage(), failure);
    }
}
