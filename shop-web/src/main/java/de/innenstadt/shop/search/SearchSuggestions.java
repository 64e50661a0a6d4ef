// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.search;

import de.innenstadt.core.catalog.Categories;
import de.innenstadt.core.city.SearchLog;
import de.innenstadt.search.ProductSuggestions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the search box offers as the shopper types, in this order: searches that others made and
 * that found something, departments, words of product titles, brands, then articles. Each text once,
 * whatever its source („kaf“ → Kaffee, Kaffeemaschine, Kaffeebohnen, never seven colours of one
 * machine).
 */
@ApplicationScoped
public class SearchSuggestions {

    /** A completion and where it comes from: search, category, word, brand or article. */
    public record Suggestion(String text, String kind) {
    }

    private static final int MAX = 8;
    private static final int MAX_SEARCHES = 3;
    /** A search must have been made this often to be suggested to others: one person's words stay private. */
    private static final int MIN_TIMES = 3;
    private static final Duration SEARCH_WINDOW = Duration.ofDays(90);
    /** How long the list of successful searches is reused: they change slowly, the query costs a scan. */
    private static final Duration SEARCHES_FRESH_FOR = Duration.ofMinutes(10);
    private static final int SEARCHES_KEPT = 2_000;

    @Inject
    private ProductSuggestions catalogue;

    @Inject
    private Categories categories;

    @Inject
    private SearchLog searchLog;

    @Inject
    private Clock clock;

    private volatile List<String> successfulSearches = List.of();
    private volatile Instant searchesReadAt = Instant.EPOCH;

    public List<Suggestion> complete(String typed, Locale locale) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        ProductSuggestions.Completions found = catalogue.complete(text);
        String prefix = text.toLowerCase(Locale.GERMAN);
        Map<String, Suggestion> suggestions = new LinkedHashMap<>();
        successfulSearches().stream().filter(q -> q.startsWith(prefix) && !q.equals(prefix)).limit(MAX_SEARCHES)
                .forEach(q -> add(suggestions, q, "search"));
        categories.all().stream().map(c -> c.name(locale))
                .filter(name -> name.toLowerCase(Locale.GERMAN).startsWith(prefix))
                .forEach(name -> add(suggestions, name, "category"));
        found.words().forEach(word -> add(suggestions, word, "word"));
        found.brands().forEach(brand -> add(suggestions, brand, "brand"));
        found.articles().forEach(article -> add(suggestions, article, "article"));
        return new ArrayList<>(suggestions.values()).subList(0, Math.min(MAX, suggestions.size()));
    }

    private static void add(Map<String, Suggestion> suggestions, String text, String kind) {
        suggestions.putIfAbsent(text.toLowerCase(Locale.GERMAN), new Suggestion(text, kind));
    }

    private List<String> successfulSearches() {
        Instant now = Instant.now(clock);
        if (searchesReadAt.plus(SEARCHES_FRESH_FOR).isBefore(now)) {
            successfulSearches = searchLog.successfulQueries(now.minus(SEARCH_WINDOW), MIN_TIMES, SEARCHES_KEPT).stream()
                    .map(SearchLog.QueryCount::query).toList();
            searchesReadAt = now;
        }
        return successfulSearches;
    }
}
