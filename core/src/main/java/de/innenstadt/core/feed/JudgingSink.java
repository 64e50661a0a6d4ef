// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.feed.CheckedLine.Pending;
import de.innenstadt.core.feed.CheckedLine.Rejected;
import de.innenstadt.core.feed.Sql.UncheckedSqlException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges every line without applying it: {@link LineRules} at once, then {@link LineDecision} per batch against the
 * catalogue. The import's pass 1 ({@link ValidationPass}) and the portal's preview ({@link PreviewPass}) both are
 * one, so that a preview rejects exactly the lines the import will reject.
 */
abstract class JudgingSink implements FeedSink {
    private final Connection c;
    private final MerchantFeed merchant;
    private final int batchSize;
    private final LineRules rules;
    private final List<Pending> batch = new ArrayList<>();
    private long events;

    JudgingSink(Connection c, MerchantFeed merchant, int batchSize) {
        this.c = c;
        this.merchant = merchant;
        this.batchSize = batchSize;
        this.rules = new LineRules(merchant);
    }

    /** A line that cannot be applied; lines the catalogue decides arrive a batch later than the others. */
    abstract void rejected(FeedProblem problem);

    /** A line that would be applied. */
    void passed(Pending line) {
    }

    /** After each line or parser rejection, with {@link #events()} counting it. */
    void afterEvent() {
    }

    /** Lines and parser rejections so far. */
    final long events() {
        return events;
    }

    @Override
    public final void accept(FeedLine line) {
        events++;
        CheckedLine checked = rules.check(events, line);
        if (checked instanceof Rejected r) {
            rejected(r.problem());
        } else if (checked instanceof Pending p) {
            batch.add(p);
            if (batch.size() >= batchSize) {
                judgeBatch();
            }
        }
        afterEvent();
    }

    @Override
    public final void reject(FeedProblem problem) {
        events++;
        rejected(problem);
        afterEvent();
    }

    /** Decides the lines still waiting for the catalogue: when a batch is full, and once at the end of the file. */
    final void judgeBatch() {
        if (batch.isEmpty()) {
            return;
        }
        try {
            Resolution resolution = BatchLookup.resolve(c, merchant, batch, LineDecision::offerDecidesProblem);
            for (Pending p : batch) {
                LineDecision decision = LineDecision.decide(p, resolution, merchant.merchantId());
                if (decision.problem() != null) {
                    rejected(decision.problem());
                } else {
                    passed(p);
                }
            }
            batch.clear();
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }
}
