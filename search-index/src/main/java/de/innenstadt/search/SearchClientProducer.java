// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.http.HttpHost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.elasticsearch.client.RestClient;

/**
 * One thread-safe Elasticsearch client per application, closed on shutdown. Short timeouts keep a
 * dead cluster from tying up request threads: search then answers 503 quickly instead of hanging.
 */
@ApplicationScoped
public class SearchClientProducer {

    private static final Logger LOG = Logger.getLogger(SearchClientProducer.class.getName());

    @Inject
    @ConfigProperty(name = "innenstadt.elasticsearch.url")
    private String urls;

    /** Singleton, not application scope: the client's final methods cannot be proxied, and it needs no proxy. */
    @Produces
    @Singleton
    ElasticsearchClient client() {
        return connect(urls);
    }

    /**
     * A client for comma-separated node URLs, with the JSON settings the index relies on (dates as
     * ISO-8601 text); tests and benchmarks use it too, so they talk to Elasticsearch exactly as the
     * platform does.
     */
    public static ElasticsearchClient connect(String urls) {
        HttpHost[] hosts = Arrays.stream(urls.split(",")).map(String::strip).map(HttpHost::create).toArray(HttpHost[]::new);
        RestClient restClient = RestClient.builder(hosts)
                .setRequestConfigCallback(c -> c.setConnectTimeout(1_000).setSocketTimeout(10_000))
                .build();
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(mapper)));
    }

    void close(@Disposes ElasticsearchClient client) {
        try {
            client._transport().close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the Elasticsearch client failed", e);
        }
    }
}
