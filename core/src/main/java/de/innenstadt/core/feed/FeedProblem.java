// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

/**
 * A line that cannot be applied, with what the merchant needs to fix it at the source: where it is,
 * which column, the offending value (shortened) and the reason, put into words in the reader's language.
 */
public record FeedProblem(long lineNumber, String column, String value, FeedText reason) {
}
