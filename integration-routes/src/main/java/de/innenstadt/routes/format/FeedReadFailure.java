// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedText;
import de.innenstadt.core.feed.FeedText.Code;
import java.io.IOException;

/**
 * A limit or format failure found while bytes are being read, deep inside a stream where only an
 * {@link IOException} may be thrown (an unpacked archive that grows too large, an XML run without
 * markup). The message is already written for the merchant; parsers turn it back into a
 * {@link FeedFormatException}.
 */
final class FeedReadFailure extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient FeedText text;

    FeedReadFailure(FeedText text) {
        super(text.english());
        this.text = text;
    }

    /** The merchant's message for a failed read: ours as written, anything else with its cause. */
    static FeedFormatException unreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FeedReadFailure ours) {
                return new FeedFormatException(ours.text, failure);
            }
        }
        return new FeedFormatException(FeedText.of(Code.FILE_UNREADABLE, failure.getMessage()), failure);
    }
}
