// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.platform;

import de.innenstadt.core.account.LoginThrottle;
import de.innenstadt.core.reservation.ReservationRetention;
import de.innenstadt.core.reservation.ReservationService;
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
 * Ends reservations whose hold ran out (releasing the stock), erases the personal data of
 * reservations that ended long enough ago, and forgets failed portal logins (with the caller's
 * address) once they no longer count. Both are driven by the database, not by in-memory
 * timers, so they survive restarts; both are idempotent and safe on every instance at once (due
 * rows are claimed with SKIP LOCKED).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReservationSweeps {

    private static final Logger LOG = Logger.getLogger(ReservationSweeps.class.getName());
    private static final int BATCH = 200;

    @Inject
    private ReservationService reservations;

    @Inject
    @ConfigProperty(name = "innenstadt.reservations.sweep-seconds", defaultValue = "30")
    private int sweepSeconds;

    @Inject
    private ReservationRetention retention;

    @Inject
    private LoginThrottle loginThrottle;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    /** Lifecycle callbacks of singletons take their transaction attribute from the method only. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }

    private void sweep() {
        try {
            int expired;
            do {
                expired = reservations.expireDue(BATCH);
                if (expired > 0) {
                    int count = expired;
                    LOG.info(() -> count + " reservations expired; their stock is released");
                }
            } while (expired == BATCH);
            int erased = reservations.anonymiseEndedBefore(retention.eraseAfter(), BATCH);
            if (erased > 0) {
                LOG.info(() -> "Personal data of " + erased + " ended reservations erased");
            }
            int forgotten = loginThrottle.forgetPast(BATCH);
            if (forgotten > 0) {
                LOG.fine(() -> forgotten + " failed logins forgotten");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reservation sweep failed; it runs again in " + sweepSeconds + " s", e);
        }
    }
}
