// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

/** Feed settings a merchant typed that cannot be kept; the text says why, in the reader's language. */
public class InvalidFeedSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient FeedText text;

    public InvalidFeedSettingsException(FeedText text) {
        super(text.english());
        this.text = text;
    }

    public FeedText text() {
        return text;
    }
}
