// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.platform;

import de.innenstadt.core.account.OnboardingService;
import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.demo.DemoDataLoader;
import de.innenstadt.core.platform.ClusterLease;
import de.innenstadt.search.OutboxRelay;
import de.innenstadt.search.Reindexer;
import de.innenstadt.search.SearchUnavailableException;
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
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the portal does once per instance at start-up and then keeps doing: seed the city settings,
 * load the demo if asked, make sure the search index exists and matches the mapping, and relay the
 * outbox into the index every quarter second. Cluster-wide one-off work takes a lease first; the
 * relay itself is safe on every instance at once (rows are claimed with SKIP LOCKED).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());
    private static final long RELAY_DELAY_MILLIS = 250;

    @Inject
    private CitySettingsService city;

    @Inject
    private DemoDataLoader demo;

    @Inject
    private ClusterLease lease;

    @Inject
    private Reindexer reindexer;

    @Inject
    private OutboxRelay relay;

    @Inject
    private OnboardingService onboarding;

    @Inject
    @ConfigProperty(name = "innenstadt.demo-data")
    private boolean demoData;

    @Inject
    @ConfigProperty(name = "innenstadt.admin.email")
    private Optional<String> firstAdminEmail;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile boolean indexChecked;
    private volatile boolean rebuildRequested;
    private volatile boolean searchDown;
    private ScheduledFuture<?> relayTask;

    /** Lifecycle callbacks of singletons take their transaction attribute from the method only. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        lease.runIfFree("innenstadt-city-seed", city::seedIfEmpty);
        if (demoData && Boolean.TRUE.equals(lease.callIfFree("innenstadt-demo", demo::loadIfEmpty))) {
            rebuildRequested = true;
        }
        lease.runIfFree("innenstadt-first-admin", this::inviteFirstAdmin);
        relayTask = scheduler.scheduleWithFixedDelay(this::indexingCycle, 0, RELAY_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * A town's first start: without an admin who can log in nobody could invite anybody, so the configured
     * address gets an invitation, and its link goes to the log too, for an operator whose mail server is not
     * set up yet (docs/operations.md, "First start of a town").
     */
    private void inviteFirstAdmin() {
        if (firstAdminEmail.filter(email -> !email.isBlank()).isEmpty()) {
            if (!onboarding.anAdminCanLogIn()) {
                LOG.warning("No administrator can log in yet. Set INNENSTADT_ADMIN_EMAIL (innenstadt.admin.email) and"
                        + " start again: that address is then invited to set the first admin's password.");
            }
            return;
        }
        try {
            onboarding.inviteFirstAdmin(firstAdminEmail.get()).ifPresent(sent -> LOG.log(Level.INFO,
                    "No administrator can log in yet: {0} was invited by e-mail. The link, valid for {1} hours and"
                            + " once only: {2}", new Object[] {sent.login(), sent.validHours(), sent.link()}));
        } catch (IllegalStateException | OnboardingService.RefusedException e) {
            LOG.log(Level.SEVERE, "The first admin could not be invited: {0}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        relayTask.cancel(false);
    }

    /** One round: check the index once, then relay until the outbox is empty. */
    private void indexingCycle() {
        try {
            if (!indexChecked) {
                lease.runIfFree(IndexMaintenance.LEASE, () -> {
                    if (rebuildRequested) {
                        reindexer.rebuild();
                    } else {
                        reindexer.rebuildIfOutdated();
                    }
                    rebuildRequested = false;
                    indexChecked = true;
                });
            }
            while (relay.relayBatch() > 0) {
                LOG.finest("Relayed a batch of outbox rows");
            }
            if (searchDown) {
                LOG.info("Elasticsearch is back; the search index has caught up with the outbox");
                searchDown = false;
            }
        } catch (SearchUnavailableException e) {
            if (!searchDown) {
                LOG.log(Level.WARNING, "Elasticsearch is unavailable; changes wait in the outbox until it returns", e);
                searchDown = true;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Indexing cycle failed; retrying", e);
        }
    }
}
