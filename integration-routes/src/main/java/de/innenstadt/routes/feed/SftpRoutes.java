// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.feed;

import de.innenstadt.core.feed.FeedImports;
import de.innenstadt.core.feed.FeedSource;
import de.innenstadt.core.feed.SftpSource;
import de.innenstadt.core.platform.ClusterLease;
import de.innenstadt.core.platform.ClusterRole;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls merchants' SFTP servers ({@code feed_sftp_source}). One consumer route per enabled server; a
 * timer compares the routes with the table every few seconds, so a server added, changed or disabled
 * in the settings is picked up without a restart. Downloaded files go through a local work folder
 * (never the heap) and are moved on the server to {@code done/} or {@code failed/}. Only the instance
 * holding the cluster role {@code feed-sftp-poller} polls; when it dies, another takes over within
 * a check interval.
 */
@ApplicationScoped
public class SftpRoutes extends RouteBuilder {

    private static final Logger LOG = Logger.getLogger(SftpRoutes.class.getName());
    private static final String ROUTE_PREFIX = "feed-sftp-";

    @Inject
    FeedImports imports;

    @Inject
    FeedFiles files;

    @Inject
    ClusterLease leases;

    @Inject
    @ConfigProperty(name = "innenstadt.var-dir", defaultValue = "var")
    String varDir;

    @Inject
    @ConfigProperty(name = "innenstadt.feeds.sftp-check-seconds", defaultValue = "60")
    int checkSeconds;

    private final Map<Long, SftpSource> running = new ConcurrentHashMap<>();
    private ClusterRole poller;

    @PostConstruct
    void takePart() {
        poller = new ClusterRole("feed-sftp-poller", leases::tryAcquire);
    }

    @PreDestroy
    void leave() {
        poller.release();
    }

    @Override
    public void configure() {
        // the scheduler (not the timer, whose own threads lack the application's naming context) runs on managed threads
        fromF("scheduler:feed-sftp-sources?initialDelay=1000&delay=%d", checkSeconds * 1000L)
                .routeId("feed-sftp-sources")
                // one instance of the cluster polls the servers, so each file is imported once; the others poll none
                // compare the consumer routes with the table: start new servers, restart changed ones, stop removed ones
                .process(exchange -> reconcile(exchange.getContext()));
    }

    private synchronized void reconcile(CamelContext context) throws Exception {
        List<SftpSource> wanted = poller.holdOrTake() ? imports.sftpSources() : List.of();
        for (Map.Entry<Long, SftpSource> entry : List.copyOf(running.entrySet())) {
            if (!wanted.contains(entry.getValue())) {
                String id = ROUTE_PREFIX + entry.getKey();
                context.getRouteController().stopRoute(id);
                context.removeRoute(id);
                running.remove(entry.getKey());
                LOG.info(() -> "Stopped polling " + entry.getValue());
            }
        }
        for (SftpSource source : wanted) {
            if (!running.containsKey(source.merchantId())) {
                try {
                    context.addRoutes(consumerOf(source));
                    running.put(source.merchantId(), source);
                    LOG.info(() -> "Polling " + source);
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Cannot poll " + source, e);
                }
            }
        }
    }

    private RouteBuilder consumerOf(SftpSource source) {
        Path work = Path.of(varDir, "feeds", "sftp-work", String.valueOf(source.merchantId())).toAbsolutePath().normalize();
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(FeedFiles.FeedNotAppliedException.class).handled(false).logStackTrace(false).logExhausted(false);

                fromF("sftp://%s:%d/%s?username=RAW(%s)&password=RAW(%s)&strictHostKeyChecking=no&useUserKnownHostsFile=false"
                                + "&delay=%d&binary=true&localWorkDirectory=%s&exclude=RAW(.*\\.(part|tmp)$)"
                                + "&move=done/${date:now:yyyyMMdd-HHmmssSSS}-${file:onlyname}"
                                + "&moveFailed=failed/${date:now:yyyyMMdd-HHmmssSSS}-${file:onlyname}",
                        source.host(), source.port(), source.remotePath(), source.username(), source.password(),
                        source.pollSeconds() * 1000L, work)
                        .routeId(ROUTE_PREFIX + source.merchantId())
                        // the server belongs to one merchant; the import's outcome decides done/failed on the server
                        .process(exchange -> files.importFile(exchange, source.merchantId(), FeedSource.SFTP));
            }
        };
    }
}
