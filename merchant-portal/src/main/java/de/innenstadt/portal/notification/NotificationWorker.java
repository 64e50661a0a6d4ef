// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.notification;

import de.innenstadt.core.notification.NotificationDispatcher;
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

/**
 * Sends queued e-mails every two seconds on every portal instance. Instances do not coordinate:
 * each claims different rows ({@code SKIP LOCKED} and a claim lease, see the core's
 * {@link NotificationDispatcher}). The worker runs without a transaction of its own, so each claim
 * and each outcome commits on its own and no row lock is held while talking to the mail server.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class.getName());
    private static final long DELAY_MILLIS = 2_000;

    @Inject
    private NotificationDispatcher dispatcher;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile boolean failing;
    private ScheduledFuture<?> task;

    /** Lifecycle callbacks of singletons take their transaction attribute from the method only. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::deliveryCycle, DELAY_MILLIS, DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }

    /** One round; logs when sending starts failing and when it recovers, not once per message. */
    private void deliveryCycle() {
        try {
            NotificationDispatcher.Round round = dispatcher.deliverDue();
            if (round.failed() > 0 && round.sent() == 0 && !failing) {
                LOG.warning(() -> "E-mails cannot be sent; they stay queued and are retried: " + round.lastError());
                failing = true;
            } else if (round.sent() > 0 && failing) {
                LOG.info("E-mails are being sent again");
                failing = false;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Notification round failed; retrying", e);
        }
    }
}
