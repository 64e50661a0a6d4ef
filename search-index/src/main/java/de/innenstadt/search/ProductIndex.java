// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.innenstadt.core.inventory.ProductListing;
import de.innenstadt.core.platform.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The product index behind an alias. Searches read the alias; writes go to every concrete index of
 * ours, so that an index being rebuilt also receives the changes made while it fills, and the alias
 * can be swapped without a gap. Each document carries the time it was read from the database as an
 * external version, so an older read (from a rebuild) never overwrites a newer one (from the relay).
 *
 * <p>The concrete index name carries a hash of the full definition (mapping, compound words, the
 * vocabulary, the city's synonyms): a build with a changed mapping, or edited synonyms, sees the mismatch and
 * rebuilds into a new index while the old one keeps answering.
 */
@ApplicationScoped
public class ProductIndex {

    private static final Logger LOG = Logger.getLogger(ProductIndex.class.getName());
    private static final String MAPPING = "/elasticsearch/product-index.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    private ElasticsearchClient client;
    private Clock clock;
    private SearchSettings settings;
    private String alias;
    private int replicas;
    private String template;

    /** For CDI's client proxy only. */
    protected ProductIndex() {
    }

    @Inject
    public ProductIndex(ElasticsearchClient client, Clock clock, SearchSettings settings,
            @ConfigProperty(name = "innenstadt.search.index") String alias,
            @ConfigProperty(name = "innenstadt.search.replicas", defaultValue = "0") int replicas) {
        this.client = client;
        this.clock = clock;
        this.settings = settings;
        this.alias = alias;
        this.replicas = replicas;
        try (InputStream in = ProductIndex.class.getResourceAsStream(MAPPING)) {
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + MAPPING, e);
        }
    }

    /**
     * The index definition with the compound word list, the vocabulary's stem overrides and the
     * synonyms (the platform's, then the city's) filled in.
     */
    String definition() {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(template);
            ObjectNode analysis = (ObjectNode) root.at("/settings/analysis");
            ObjectNode filters = (ObjectNode) analysis.get("filter");
            ArrayNode words = ((ObjectNode) filters.get("compounds")).putArray("word_list");
            QueryDecompounder.bundledWords().forEach(words::add);
            ArrayNode stems = ((ObjectNode) filters.get("lemmas")).putArray("rules");
            SearchVocabulary.stemOverrides().forEach(stems::add);
            ArrayNode rules = ((ObjectNode) filters.get("synonyms")).putArray("synonyms");
            SearchVocabulary.synonyms().forEach(rules::add);
            settings.synonyms().forEach(rules::add);
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Broken index definition " + MAPPING, e);
        }
    }

    public String alias() {
        return alias;
    }

    /** The concrete index the alias points to, if any. */
    public Optional<String> findLiveIndex() {
        try {
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                return Optional.empty();
            }
            GetAliasResponse response = client.indices().getAlias(a -> a.name(alias));
            return response.result().keySet().stream().findFirst();
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Elasticsearch does not answer", e);
        }
    }

    /** Whether the live index was built from the mapping this build ships. */
    public boolean isCurrent() {
        String current = alias + "-" + Sha256.hex(definition()).substring(0, 10) + "-";
        return findLiveIndex().map(name -> name.startsWith(current)).orElse(false);
    }

    /** Creates an empty index with the current mapping, not yet behind the alias. */
    public String createIndex() {
        String definition = definition();
        String name = alias + "-" + Sha256.hex(definition).substring(0, 10) + "-" + STAMP.format(clock.instant());
        try {
            client.indices().create(c -> c.index(name).withJson(new StringReader(definition)));
            client.indices().putSettings(p -> p.index(name).settings(s -> s.numberOfReplicas(String.valueOf(replicas))));
            LOG.info(() -> "Created search index " + name);
            return name;
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Cannot create search index " + name, e);
        }
    }

    /** Points the alias at {@code index} in one atomic step and drops the indices it pointed at before. */
    public void swapAliasTo(String index) {
        Optional<String> previous = findLiveIndex();
        try {
            client.indices().updateAliases(u -> {
                u.actions(a -> a.add(add -> add.index(index).alias(alias)));
                previous.ifPresent(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
                return u;
            });
            for (String stale : concreteIndices()) {
                if (!stale.equals(index)) {
                    client.indices().delete(d -> d.index(stale));
                }
            }
            LOG.info(() -> "Search alias " + alias + " now points to " + index);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Cannot swap the search alias", e);
        }
    }

    /** Every concrete index of ours: the live one and one being rebuilt, if any. */
    public Set<String> concreteIndices() {
        try {
            return client.indices().get(g -> g.index(alias + "-*")).result().keySet();
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Elasticsearch does not answer", e);
        }
    }

    /**
     * Writes the current state of products to the given indices; ids without a listing are deleted.
     *
     * @param version the time (microseconds) the listings were read; older writes lose
     */
    public void write(Collection<String> indices, Collection<Long> productIds, List<ProductListing> listings, long version) {
        if (indices.isEmpty() || productIds.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        Set<Long> present = listings.stream().map(ProductListing::productId).collect(Collectors.toSet());
        List<ProductDocument> documents = listings.stream().map(ProductDocument::of).toList();
        for (String index : indices) {
            for (ProductDocument document : documents) {
                bulk.operations(op -> op.index(i -> i.index(index).id(String.valueOf(document.productId()))
                        .version(version).versionType(VersionType.External).document(document)));
            }
            for (Long id : productIds) {
                if (!present.contains(id)) {
                    bulk.operations(op -> op.delete(d -> d.index(index).id(String.valueOf(id))
                            .version(version).versionType(VersionType.External)));
                }
            }
        }
        BulkResponse response;
        try {
            response = client.bulk(bulk.build());
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Elasticsearch refused a bulk write", e);
        }
        if (response.errors()) {
            List<String> failures = response.items().stream()
                    .filter(item -> item.error() != null && !isStaleOrMissing(item))
                    .map(item -> item.id() + ": " + item.error().reason())
                    .toList();
            if (!failures.isEmpty()) {
                throw new SearchUnavailableException("Indexing failed for " + failures.size() + " documents, first: "
                        + failures.get(0), null);
            }
        }
    }

    /** A newer version is already there, or a delete found nothing: both mean the index is already right. */
    private static boolean isStaleOrMissing(BulkResponseItem item) {
        return item.status() == 409 || item.status() == 404;
    }

    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(alias + "-*"));
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Elasticsearch does not answer", e);
        }
    }

    /** A version for documents read from the database now: microseconds, monotonic enough across instances with NTP. */
    public long versionNow() {
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
