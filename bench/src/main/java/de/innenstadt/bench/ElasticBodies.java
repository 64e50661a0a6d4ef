// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import de.innenstadt.core.reservation.StoreAvailability;
import de.innenstadt.search.ProductSearch;
import de.innenstadt.search.SearchClientProducer;
import de.innenstadt.search.SearchRequest;

/**
 * The exact Elasticsearch {@code _search} body the platform sends for a search, rendered by the platform's own
 * {@link ProductSearch#elasticRequestJson}. Rendering needs only the client's JSON mapper: the client never connects,
 * and the product index (which ProductSearch uses only to find the alias when it searches itself) is left out.
 */
public final class ElasticBodies implements AutoCloseable {

    private final AutoCloseable transport;
    private final ProductSearch search;

    public ElasticBodies() {
        var client = SearchClientProducer.connect("http://127.0.0.1:9");
        transport = client._transport();
        search = new ProductSearch(client, null, () -> {
            throw new IllegalStateException("bodies are rendered for a given store availability");
        });
    }

    /** The body for {@code POST /<index>/_search} with the stores open (and ready for pickup) at that moment. */
    public String body(SearchRequest request, String indexName, StoreAvailability stores) {
        return search.elasticRequestJson(request, indexName, stores);
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot close the Elasticsearch client", e);
        }
    }
}
