// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether search works, without making the instance unready. While Elasticsearch is away
 * every instance still serves product pages, reservations and the portal, and search answers 503;
 * a readiness that failed with search would make the balancer pull all instances at once and turn a
 * search outage into a full one. So the check is always up and says in its data whether search
 * answers ({@code search: up|down}) — that field is what monitoring alerts on (docs/operations.md).
 */
@Readiness
@ApplicationScoped
public class SearchHealthCheck implements HealthCheck {

    static final String NAME = "elasticsearch";

    @Inject
    private ElasticsearchClient client;

    /** For CDI, which injects the client. */
    public SearchHealthCheck() {
    }

    SearchHealthCheck(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        probe().forEach(response::withData);
        return response.build();
    }

    /** What the check reports: {@code search} is {@code up} or {@code down}, with the cluster status or the error. */
    Map<String, String> probe() {
        Map<String, String> data = new LinkedHashMap<>();
        try {
            HealthStatus status = client.cluster().health().status();
            data.put("search", status == HealthStatus.Red ? "down" : "up");
            data.put("cluster", status.jsonValue());
        } catch (IOException | RuntimeException e) {
            data.put("search", "down");
            data.put("error", String.valueOf(e.getMessage()));
        }
        return data;
    }
}
