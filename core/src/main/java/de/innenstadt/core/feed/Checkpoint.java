// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Where pass 2 may resume: the last line whose batch is committed, with the counts of the batches since the last
 * written checkpoint. Batches that write nothing commit their checkpoint only every {@value #QUIET_BATCHES} batches,
 * so an unchanged feed costs no commit per batch; a batch that writes carries its checkpoint in its transaction.
 */
final class Checkpoint {
    private static final int QUIET_BATCHES = 20;

    private final long importId;
    private long applied;
    private long unchanged;
    private int quietBatches;

    Checkpoint(long importId) {
        this.importId = importId;
    }

    /** Counts a batch; writes the checkpoint (in the caller's transaction) when the batch wrote or enough were quiet. */
    void batchDone(Connection c, long endEvent, int batchApplied, int batchUnchanged, boolean wrote) throws SQLException {
        applied += batchApplied;
        unchanged += batchUnchanged;
        if (wrote || ++quietBatches >= QUIET_BATCHES) {
            write(c, endEvent);
        }
    }

    /** Writes the checkpoint at {@code endEvent} with the counts not written yet. */
    void write(Connection c, long endEvent) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE feed_import SET lines_done = ?,"
                + " rows_applied = rows_applied + ?, rows_unchanged = rows_unchanged + ? WHERE id = ?")) {
            s.setLong(1, endEvent);
            s.setLong(2, applied);
            s.setLong(3, unchanged);
            s.setLong(4, importId);
            s.executeUpdate();
        }
        applied = 0;
        unchanged = 0;
        quietBatches = 0;
    }
}
