// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

/**
 * Receives a feed line by line as a parser streams through it; the parser never holds the whole file,
 * so a feed of millions of lines is read in bounded memory.
 */
public interface FeedSink {

    void accept(FeedLine line);

    void reject(FeedProblem problem);
}
