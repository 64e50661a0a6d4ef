// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.platform;

import de.innenstadt.core.platform.ClusterLease;
import de.innenstadt.search.Reindexer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds the search index on request (after editing synonyms, or to recover), in the background
 * and once per cluster. Searches keep answering from the old index until the new one is complete.
 */
@ApplicationScoped
public class IndexMaintenance {

    static final String LEASE = "innenstadt-reindex";
    private static final Logger LOG = Logger.getLogger(IndexMaintenance.class.getName());

    /** How the last rebuild ended. */
    public record Outcome(Instant finishedAt, long products, Duration took, String error) {
    }

    @Inject
    private Reindexer reindexer;

    @Inject
    private ClusterLease lease;

    @Resource
    private ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Outcome lastOutcome;

    /** Starts a rebuild unless one is running here; returns whether it started. */
    public boolean startRebuild() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        executor.submit(() -> {
            Instant started = Instant.now();
            try {
                Long products = lease.callIfFree(LEASE, reindexer::rebuild);
                lastOutcome = products == null
                        ? new Outcome(Instant.now(), 0, Duration.ZERO, "Another instance is rebuilding the index right now.")
                        : new Outcome(Instant.now(), products, Duration.between(started, Instant.now()), null);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Rebuilding the search index failed", e);
                lastOutcome = new Outcome(Instant.now(), 0, Duration.between(started, Instant.now()), e.getMessage());
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    public boolean isRunning() {
        return running.get();
    }

    public Optional<Outcome> findLastOutcome() {
        return Optional.ofNullable(lastOutcome);
    }
}
