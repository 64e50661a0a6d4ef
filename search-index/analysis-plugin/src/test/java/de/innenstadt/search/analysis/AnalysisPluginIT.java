// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Installs the built plugin zip into the integration-test Elasticsearch distribution and checks, over plain HTTP,
 * that our index definition works there: German folding and stemming, decompounding, edge n-grams and
 * search-time synonyms that can be reloaded.
 *
 * <p>The index definitions live in {@code src/test/resources/it} so that exactly the JSON that passes here can be
 * used on a production server.
 */
class AnalysisPluginIT {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOTAL_HITS = Pattern.compile("\"total\":\\{\"value\":(\\d+)");
    private static final String INDEX = "products";

    private static ElasticsearchTestServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Path distribution = Path.of(requiredProperty("es.distribution.zip"));
        Path plugin = Path.of(requiredProperty("es.plugin.zip"));
        server = ElasticsearchTestServer.start(distribution, plugin, Path.of(System.getProperty("java.io.tmpdir")),
            Map.of("analysis/synonyms.txt", "velo, fahrrad\n",
                "analysis/hyphenation-test.xml", resource("hyphenation-test.xml")));
        ElasticsearchTestServer.Response created = server.send("PUT", "/" + INDEX, resource("products-index.json"));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void pluginIsInstalled() throws Exception {
        assertThat(server.send("GET", "/_cat/plugins?h=component", null).body()).contains("innenstadt-analysis");
    }

    @Test
    void briefAnalysisBlockCreatesAnIndex() throws Exception {
        ElasticsearchTestServer.Response created = server.send("PUT", "/brief", resource("brief-index.json"));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(analyze("/brief/_analyze", "de_text", "Müsli")).containsExactly("musli");
    }

    @Test
    void umlautSpellingsAnalyzeToTheSameToken() throws Exception {
        List<String> tokens = analyze("/" + INDEX + "/_analyze", "de_text", "Müsli Muesli Musli");
        assertThat(tokens).hasSize(3).containsOnly("musli");
    }

    @Test
    void pluralAndSingularShareAStem() throws Exception {
        assertThat(analyze("/" + INDEX + "/_analyze", "de_text", "Fahrräder"))
            .isEqualTo(analyze("/" + INDEX + "/_analyze", "de_text", "Fahrrad"))
            .containsExactly("fahrrad");
    }

    @Test
    void builtInGermanAnalyzerMatchesElasticsChain() throws Exception {
        assertThat(analyze("/_analyze", "german", "Die Fahrräder und das Müsli")).containsExactly("fahrrad", "musli");
    }

    @Test
    void compoundIsSplitSoItMatchesTheWordsSeparately() throws Exception {
        assertThat(analyze("/" + INDEX + "/_analyze", "de_compound", "Kinderschuhe"))
            .contains("kinderschuh", "kind", "schuh");
        index("1", "Kinderschuhe");
        index("2", "Damenjacke");
        assertThat(hits(matchAll("name", "Schuhe für Kinder"))).isEqualTo(1);
    }

    @Test
    void edgeNgramsServeAutocomplete() throws Exception {
        assertThat(analyze("/" + INDEX + "/_analyze", "de_autocomplete", "Kaffee"))
            .containsExactly("ka", "kaf", "kaff", "kaffe", "kaffee");
    }

    @Test
    void hyphenationDecompounderReadsItsGrammarFromTheConfigFolder() throws Exception {
        String body = """
            {"tokenizer":"standard","filter":["lowercase",{"type":"hyphenation_decompounder",
             "hyphenation_patterns_path":"analysis/hyphenation-test.xml","word_list":["kinder","schuhe"]}],
             "text":"Kinderschuhe"}""";
        assertThat(tokens(send("/_analyze", body))).containsExactly("kinderschuhe", "kinder", "schuhe");
    }

    @Test
    void icuFoldingAndTokenizerWork() throws Exception {
        String body = """
            {"tokenizer":"icu_tokenizer","filter":["icu_folding"],"text":"Œuvre Müsli"}""";
        assertThat(tokens(send("/_analyze", body))).containsExactly("oeuvre", "musli");
    }

    @Test
    void updateableSynonymsAreReloadedWithoutReopeningTheIndex() throws Exception {
        index("10", "Fahrräder");
        assertThat(analyze("/" + INDEX + "/_analyze", "de_search", "Velo")).contains("fahrrad");
        assertThat(analyze("/" + INDEX + "/_analyze", "de_search", "Drahtesel")).doesNotContain("fahrrad");

        server.writeConfigFile("analysis/synonyms.txt", "velo, drahtesel, fahrrad\n");
        ElasticsearchTestServer.Response reload = server.send("POST", "/" + INDEX + "/_reload_search_analyzers", null);
        assertThat(reload.status()).as(reload.body()).isEqualTo(200);
        assertThat(reload.body()).contains("de_search");

        assertThat(analyze("/" + INDEX + "/_analyze", "de_search", "Drahtesel")).contains("fahrrad");
        assertThat(hits(matchAll("name", "Drahtesel"))).isEqualTo(1);
    }

    @Test
    void updateableSynonymsAreRefusedAtIndexTime() throws Exception {
        String body = """
            {"settings":{"analysis":{"filter":{"syn":{"type":"synonym_graph","synonyms":["a, b"],"updateable":true}},
             "analyzer":{"s":{"tokenizer":"standard","filter":["syn"]}}}},
             "mappings":{"properties":{"f":{"type":"text","analyzer":"s"}}}}""";
        ElasticsearchTestServer.Response refused = server.send("PUT", "/refused", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("not allowed to run in index time mode");
    }

    private static void index(String id, String name) throws Exception {
        String body = "{\"name\":\"" + name + "\",\"name_suggest\":\"" + name + "\"}";
        ElasticsearchTestServer.Response r = server.send("PUT", "/" + INDEX + "/_doc/" + id + "?refresh=true", body);
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
    }

    private static String matchAll(String field, String text) {
        return "{\"query\":{\"match\":{\"" + field + "\":{\"query\":\"" + text + "\",\"operator\":\"and\"}}}}";
    }

    private static long hits(String query) throws Exception {
        String body = send("/" + INDEX + "/_search", query);
        Matcher m = TOTAL_HITS.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<String> analyze(String path, String analyzer, String text) throws Exception {
        return tokens(send(path, "{\"analyzer\":\"" + analyzer + "\",\"text\":\"" + text + "\"}"));
    }

    private static String send(String path, String body) throws Exception {
        ElasticsearchTestServer.Response r = server.send("POST", path, body);
        assertThat(r.status()).as(() -> r.body() + "\n" + server.logTail()).isEqualTo(200);
        return r.body();
    }

    private static List<String> tokens(String body) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(body);
        while (m.find()) {
            tokens.add(m.group(1));
        }
        return tokens;
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set: run this test through Maven Failsafe");
        }
        return value;
    }

    private static String resource(String name) {
        try (InputStream in = AnalysisPluginIT.class.getResourceAsStream("/it/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource /it/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
