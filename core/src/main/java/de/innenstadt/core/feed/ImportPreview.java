// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import java.util.List;

/**
 * What a file would do, shown before it is applied: its first lines as understood and its problems.
 *
 * @param allowedRejectedShare the merchant's threshold: above this share of rejected lines a feed is refused whole
 * @param error the reason the whole file cannot be read, or {@code null}
 */
public record ImportPreview(List<FeedLine> firstLines, List<FeedProblem> firstProblems, long lines, long rejected,
        double allowedRejectedShare, FeedText error) {

    /** Whether importing this file would be refused for its rejected share, so that nothing would be applied. */
    public boolean wouldBeRefused() {
        return error == null && MerchantFeed.refuses(lines, rejected, allowedRejectedShare);
    }

    /** The rejected share in whole percent, as the preview tells it. */
    public long rejectedPercent() {
        return lines == 0 ? 0 : Math.round(100.0 * rejected / lines);
    }

    public long allowedPercent() {
        return Math.round(100 * allowedRejectedShare);
    }
}
