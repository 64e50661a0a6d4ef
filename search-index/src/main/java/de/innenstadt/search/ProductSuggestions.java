// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Completions for the search box from the catalogue, in one request: the words of product titles
 * that start with what was typed („kaf“ → Kaffee, Kaffeemaschine, Kaffeebohnen), brands that start
 * with it, and articles whose titles contain it, once per article however many colours it has.
 */
@ApplicationScoped
public class ProductSuggestions {

    /** What the catalogue completes a prefix to, most common first in each list. */
    public record Completions(List<String> words, List<String> brands, List<String> articles) {
    }

    private static final int WORDS = 6;
    private static final int BRANDS = 3;
    private static final int ARTICLES = 4;
    /** Longer prefixes add nothing to a completion but cost a longer pattern. */
    private static final int MAX_PREFIX = 40;

    private ElasticsearchClient client;
    private ProductIndex index;

    /** For CDI's client proxy only. */
    protected ProductSuggestions() {
    }

    @Inject
    public ProductSuggestions(ElasticsearchClient client, ProductIndex index) {
        this.client = client;
        this.index = index;
    }

    public Completions complete(String prefix) {
        String text = prefix == null ? "" : prefix.strip();
        if (text.isEmpty()) {
            return new Completions(List.of(), List.of(), List.of());
        }
        if (text.length() > SearchRequest.MAX_TEXT) {
            throw new IllegalArgumentException("q may be at most " + SearchRequest.MAX_TEXT + " characters long");
        }
        String lastWord = text.substring(text.lastIndexOf(' ') + 1);
        String startsWith = caseInsensitivePrefix(lastWord.length() > MAX_PREFIX ? lastWord.substring(0, MAX_PREFIX) : lastWord);
        String brandStart = caseInsensitivePrefix(text.length() > MAX_PREFIX ? text.substring(0, MAX_PREFIX) : text);
        try {
            SearchResponse<ProductDocument> response = client.search(s -> s.index(index.alias())
                    .size(ARTICLES)
                    .source(src -> src.filter(f -> f.includes("articleTitle", "title")))
                    .query(q -> q.bool(b -> b
                            .must(m -> m.match(mt -> mt.field("title.autocomplete").query(text).operator(Operator.And)))
                            .should(sh -> sh.matchPhrasePrefix(mp -> mp.field("title").query(text)))))
                    .collapse(c -> c.field("articleKey"))
                    .aggregations("words", a -> a.terms(t -> t.field("suggestWords").size(WORDS)
                            .include(i -> i.regexp(startsWith))))
                    .aggregations("brands", a -> a.terms(t -> t.field("brand").size(BRANDS)
                            .include(i -> i.regexp(brandStart)))),
                    ProductDocument.class);
            return new Completions(keys(response, "words"), keys(response, "brands"), articles(response));
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Suggestions are unavailable: " + e.getMessage(), e);
        }
    }

    private static List<String> keys(SearchResponse<ProductDocument> response, String aggregation) {
        return response.aggregations().get(aggregation).sterms().buckets().array().stream()
                .map(StringTermsBucket::key).map(key -> key.stringValue()).toList();
    }

    private static List<String> articles(SearchResponse<ProductDocument> response) {
        Set<String> titles = new LinkedHashSet<>();
        for (Hit<ProductDocument> hit : response.hits().hits()) {
            if (hit.source() != null) {
                titles.add(hit.source().articleTitle() == null ? hit.source().title() : hit.source().articleTitle());
            }
        }
        return List.copyOf(titles);
    }

    /**
     * A Lucene regular expression for "starts with the prefix, in any case": the keyword fields keep
     * the case of the titles („Kaffee“), shoppers type in lower case.
     */
    static String caseInsensitivePrefix(String prefix) {
        StringBuilder pattern = new StringBuilder();
        prefix.codePoints().forEach(c -> {
            String lower = new String(Character.toChars(Character.toLowerCase(c)));
            String upper = new String(Character.toChars(Character.toUpperCase(c)));
            if (Character.isLetterOrDigit(c)) {
                pattern.append(lower.equals(upper) ? lower : "[" + lower + upper + "]");
            } else {
                pattern.append('\\').appendCodePoint(c);
            }
        });
        return pattern.append(".*").toString();
    }
}
