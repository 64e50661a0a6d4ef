// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

/**
 * A whole feed is unreadable; the text is written for the merchant and ends up on the import record. The
 * exception's message is the English wording, for logs.
 */
public class FeedFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient FeedText text;

    public FeedFormatException(FeedText text) {
        super(text.english());
        this.text = text;
    }

    public FeedFormatException(FeedText text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    public FeedText text() {
        return text;
    }
}
