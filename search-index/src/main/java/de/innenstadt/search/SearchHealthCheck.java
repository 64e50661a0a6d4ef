// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether search works. Readiness names it so operators see the cause, but the platform
 * still serves product pages and reservations while it is down.
 */
@Readiness
@ApplicationScoped
public class SearchHealthCheck implements HealthCheck {

    @Inject
    private ElasticsearchClient client;

    @Override
    public HealthCheckResponse call() {
        try {
            HealthStatus status = client.cluster().health().status();
            return HealthCheckResponse.named("elasticsearch").status(status != HealthStatus.Red)
                    .withData("status", status.jsonValue())
                    .build();
        } catch (IOException | RuntimeException e) {
            return HealthCheckResponse.named("elasticsearch").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
