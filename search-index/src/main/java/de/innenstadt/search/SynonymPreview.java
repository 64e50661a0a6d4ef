// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a word makes search look for as well, with the city's synonym rules as an admin is about to
 * save them: Elasticsearch's own synonym filter, given the platform's rules and the typed ones (lenient,
 * as in the index), run on the word. The words come back before stemming, so the admin reads
 * „taschentücher“, not „taschentuch“; nothing is stored and no index changes.
 */
@ApplicationScoped
public class SynonymPreview {

    private ElasticsearchClient client;

    /** For CDI's client proxy only. */
    protected SynonymPreview() {
    }

    @Inject
    public SynonymPreview(ElasticsearchClient client) {
        this.client = client;
    }

    /** The other words {@code word} finds with the platform's and these city rules, in the order the filter gives them. */
    public List<String> alsoFinds(List<String> cityRules, String word) {
        List<String> rules = new ArrayList<>(SearchVocabulary.synonyms());
        rules.addAll(cityRules);
        String typed = word.strip().toLowerCase(Locale.GERMAN);
        try {
            return client.indices().analyze(a -> a.tokenizer(t -> t.name("standard"))
                            .filter(f -> f.name("lowercase"))
                            .filter(f -> f.definition(d -> d.synonymGraph(s -> s.synonyms(rules).lenient(true))))
                            .text(typed))
                    .tokens().stream()
                    .map(AnalyzeToken::token)
                    .filter(token -> !typed.equals(token) && !List.of(typed.split("\\s+")).contains(token))
                    .distinct()
                    .toList();
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Elasticsearch cannot try the synonyms", e);
        }
    }
}
