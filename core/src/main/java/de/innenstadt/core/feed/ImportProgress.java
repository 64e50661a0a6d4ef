// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import java.time.Duration;
import java.time.Instant;

/**
 * An import as the merchant follows it: counts, where it stands and how it ended. Read straight from
 * the import record, which the pipeline updates with every committed batch, so it is current on every
 * instance while the import runs.
 *
 * @param linesTotal the feed's lines, known once validation has read the whole file, else {@code null}
 * @param linesDone lines applied and committed so far
 * @param storeName the store the file was for, or {@code null} for a file that names its stores
 */
public record ImportProgress(long id, long merchantId, String source, String format, String fileName, String mode,
        ImportStatus status, String phase, Long linesTotal, long linesDone, long rowsRead, long rowsApplied,
        long rowsUnchanged, long rowsRejected, long offersZeroed, Instant startedAt, Instant finishedAt, FeedText message,
        String storeName) {

    /** 0 to 100: the first tenth for reading and checking the file, the rest for applying it. */
    public int percent() {
        if (status != ImportStatus.RUNNING) {
            return 100;
        }
        if (linesTotal == null || linesTotal == 0) {
            return 5;
        }
        return (int) (10 + 90 * linesDone / linesTotal);
    }

    public boolean running() {
        return status == ImportStatus.RUNNING;
    }

    /** Seconds from receipt to end (or until now while running), with one decimal. */
    public double seconds(Instant now) {
        Instant end = finishedAt == null ? now : finishedAt;
        return Math.round(Duration.between(startedAt, end).toMillis() / 100.0) / 10.0;
    }
}
