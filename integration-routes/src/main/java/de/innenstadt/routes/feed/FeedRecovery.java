// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.feed;

import de.innenstadt.core.feed.FeedImports;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Resumes, after a start, the feed imports an instance was running when it died. It lives with the
 * routes because resuming a file import needs the file parsers; it runs in the background so a big
 * import does not hold up the start. Naming the spool folder here also creates the import service on
 * the start-up thread, with its resources injected, before any route thread first needs it.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FeedRecovery {

    private static final Logger LOG = Logger.getLogger(FeedRecovery.class.getName());

    @Inject
    FeedImports imports;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void resume() {
        LOG.info(() -> "Feed spool folder " + imports.spoolDir());
        executor.submit(imports::resumeInterrupted);
    }
}
