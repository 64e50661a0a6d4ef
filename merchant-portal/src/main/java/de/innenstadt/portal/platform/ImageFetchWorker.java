// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.platform;

import de.innenstadt.core.inventory.ImageFetchRunner;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches the pictures feeds and the portal named by address ({@link ImageFetchRunner}), a few at a time,
 * on every instance; the queue is in the database, so a restart loses nothing.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImageFetchWorker {

    private static final Logger LOG = Logger.getLogger(ImageFetchWorker.class.getName());
    private static final int BATCH = 5;

    @Inject
    private ImageFetchRunner runner;

    @Inject
    @ConfigProperty(name = "innenstadt.images.fetch.poll-seconds", defaultValue = "5")
    private int pollSeconds;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    /** Lifecycle callbacks of singletons take their transaction attribute from the method only. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::fetchDue, pollSeconds, pollSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }

    private void fetchDue() {
        try {
            while (runner.runDue(BATCH) == BATCH) {
                LOG.fine("More pictures are due; fetching the next few");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Fetching pictures failed; it runs again in " + pollSeconds + " s", e);
        }
    }
}
