// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

/** What {@link LineRules} made of a line: a line to decide against the catalogue, or a problem. */
sealed interface CheckedLine permits CheckedLine.Pending, CheckedLine.Rejected {

    /**
     * A line that passed the line rules.
     *
     * @param event the line's position among the parser's events (lines and rejections), the import's checkpoint unit
     * @param storeId the line's store, or 0 for a catalogue line, which concerns all stores of the merchant
     * @param productKey how the line names its product ({@link LineRules#productKey})
     */
    record Pending(long event, FeedLine line, long storeId, String productKey) implements CheckedLine {
    }

    record Rejected(FeedProblem problem) implements CheckedLine {
    }
}
