// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.search;

import de.innenstadt.core.city.SearchLog;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts searches off the request path: each search adds to a bounded queue that is written to the
 * search log once a second, so counting never slows a search down. Statistics may lose the last
 * second on a crash, and drop searches beyond the bound under extreme load; both are acceptable
 * for a demand report and keep the shopper's request fast.
 */
@ApplicationScoped
public class SearchCounter {

    private static final Logger LOG = Logger.getLogger(SearchCounter.class.getName());
    private static final int MAX_PENDING = 10_000;

    private final ConcurrentLinkedQueue<SearchLog.Entry> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    @Inject
    private SearchLog log;

    @Inject
    private Clock clock;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> flushing;

    public void count(String query, long hits) {
        if (query == null || query.isBlank()) {
            return;
        }
        if (size.incrementAndGet() > MAX_PENDING) {
            size.decrementAndGet();
            return;
        }
        pending.add(new SearchLog.Entry(query, hits, Instant.now(clock)));
        startFlushing();
    }

    private synchronized void startFlushing() {
        if (flushing == null) {
            flushing = scheduler.scheduleWithFixedDelay(this::flush, 1, 1, TimeUnit.SECONDS);
        }
    }

    void flush() {
        List<SearchLog.Entry> batch = new ArrayList<>();
        SearchLog.Entry entry;
        while (batch.size() < 1_000 && (entry = pending.poll()) != null) {
            batch.add(entry);
        }
        if (batch.isEmpty()) {
            return;
        }
        size.addAndGet(-batch.size());
        try {
            log.saveAll(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not count " + batch.size() + " searches", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (flushing != null) {
            flushing.cancel(false);
        }
        flush();
    }
}
