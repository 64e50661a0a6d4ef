// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.city.CityProfile;
import de.innenstadt.core.inventory.Money;
import de.innenstadt.core.inventory.OfferListing;
import de.innenstadt.core.inventory.ProductListing;
import de.innenstadt.core.merchant.GeoPoint;
import de.innenstadt.core.merchant.OpeningHoursSpec;
import de.innenstadt.core.reservation.StoreAvailability;
import de.innenstadt.search.ProductIndex;
import de.innenstadt.search.ProductSearch;
import de.innenstadt.search.SearchClientProducer;
import de.innenstadt.search.SearchRequest;
import de.innenstadt.search.SearchSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The relevance suite: German queries over a fixed catalogue, each with the products that must be
 * among the top three. It runs the production index definition (analysis, synonyms of
 * Kaiserslautern) and the production query against the real Elasticsearch with our plugin, so a
 * change that makes a query worse fails here.
 */
class RelevanceIT {

    private static final Map<String, String> CATEGORY_NAMES = Map.of("feinkost", "Feinkost & Lebensmittel",
            "sport", "Sport & Freizeit", "schuhe", "Schuhe", "haushalt", "Haushalt & Wohnen", "elektronik", "Elektronik",
            "buecher", "Bücher", "spielwaren", "Spielwaren", "drogerie", "Drogerie & Gesundheit", "mode", "Mode");

    private static ProductSearch search;
    private static AutoCloseable connection;

    /** Settings of Kaiserslautern without a database: its time zone and its synonyms file. */
    private record FixedSettings(ZoneId zone, List<String> synonyms) implements SearchSettings {
    }

    @BeforeAll
    static void indexTheFixedCatalogue() throws IOException {
        var client = SearchClientProducer.connect("http://127.0.0.1:" + System.getProperty("innenstadt.it.elasticsearch.port"));
        connection = client._transport();
        SearchSettings settings = new FixedSettings(ZoneId.of("Europe/Berlin"), CityProfile.load("kaiserslautern").synonyms());
        ProductIndex index = new ProductIndex(client, Clock.systemUTC(), settings, "relevance-products", 0);
        List<ProductListing> catalogue = catalogue();
        String name = index.createIndex();
        index.write(List.of(name), catalogue.stream().map(ProductListing::productId).toList(), catalogue, index.versionNow());
        index.swapAliasTo(name);
        index.refresh();
        search = new ProductSearch(client, index, () -> new StoreAvailability(Instant.now(), Set.of(), Set.of()));
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvFileSource(resources = "/relevance/queries.csv", delimiter = ';')
    void expectedProductsAreAmongTheTopThree(String query, String expectedIds, String why) {
        List<Long> topThree = search.search(new SearchRequest(query, null, null, null, null, null, null, null, null,
                        false, false, SearchRequest.Sort.RELEVANCE, 0, 3))
                .hits().stream().map(h -> h.productId()).toList();
        List<Long> expected = Arrays.stream(expectedIds.split("\\|")).map(Long::valueOf).toList();
        assertThat(topThree).as("top three for '%s' (%s)", query, why).containsAll(expected);
    }

    private static List<ProductListing> catalogue() throws IOException {
        try (InputStream in = RelevanceIT.class.getResourceAsStream("/relevance/catalog.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";"))
                    .map(f -> new ProductListing(Long.parseLong(f[0]), f[1], f[2], f[3], f[4], CATEGORY_NAMES.get(f[4]),
                            null, null, ProductListing.ArticleVariant.single(Long.parseLong(f[0]), f[2]),
                            List.of(new OfferListing(Long.parseLong(f[0]), 1, "Testladen", 1, "testladen",
                                    "Testladen", GeoPoint.of(49.4445, 7.769), Money.euros(999), 5, 5, Instant.now(),
                                    true, OpeningHoursSpec.parse("Mo-Sa 09:00-20:00"))), null))
                    .toList();
        }
    }
}
