// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import de.innenstadt.search.ProductSearch;
import de.innenstadt.search.SearchClientProducer;
import de.innenstadt.search.SearchRequest;
import de.innenstadt.search.SearchSettings;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The exact Elasticsearch {@code _search} body the platform sends for a search, rendered by the platform's own
 * {@link ProductSearch#elasticRequestJson}. Rendering needs only the client's JSON mapper: the client never connects,
 * and the product index (which ProductSearch uses only to find the alias when it searches itself) is left out.
 */
public final class ElasticBodies implements AutoCloseable {

    private final AutoCloseable transport;
    private final ProductSearch search;

    public ElasticBodies(ZoneId cityZone) {
        var client = SearchClientProducer.connect("http://127.0.0.1:9");
        transport = client._transport();
        search = new ProductSearch(client, null, new SearchSettings() {
            @Override
            public ZoneId zone() {
                return cityZone;
            }

            @Override
            public List<String> synonyms() {
                return List.of();
            }
        }, Clock.system(cityZone));
    }

    /** The body for {@code POST /<index>/_search} at the given minute of the week (for "open now"). */
    public String body(SearchRequest request, String indexName, int minuteOfWeek) {
        return search.elasticRequestJson(request, indexName, minuteOfWeek);
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
