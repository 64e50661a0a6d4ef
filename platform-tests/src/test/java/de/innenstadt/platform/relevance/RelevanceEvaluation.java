// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the judgment set against a platform: reads the whole catalogue once and grades every product
 * with every rule, so that the ideal ranking of nDCG is the real best one and "answerable" means the
 * city holds at least one exact product; asks each query and grades its first page.
 *
 * <p>A search that shows one variant per article lists one variant per article for the empty query
 * too, so the black size-M jacket a query found may be missing from the listing. Every hit any query
 * returned is therefore added to the graded catalogue: it is a product the API can show.
 */
public final class RelevanceEvaluation {

    private final SearchApi api;
    private final ArticleKey articleKey;

    public RelevanceEvaluation(SearchApi api, ArticleKey articleKey) {
        this.api = api;
        this.articleKey = articleKey;
    }

    /**
     * The outcome of every query and what the catalogue looked like.
     *
     * @param seenOnlyInAnswers products graded because a query returned them, not listed by the empty query
     */
    public record Result(String baseUrl, SearchApi.Catalogue catalogue, int seenOnlyInAnswers,
            List<QueryOutcome> outcomes) {
    }

    /** A query's first page, or why the API refused it. */
    private record Asked(Judgment judgment, SearchApi.Answer answer, String error) {
    }

    public Result run(List<Judgment> judgments) {
        SearchApi.Catalogue catalogue = api.readCatalogue();
        List<Asked> asked = judgments.stream().map(this::ask).toList();
        Map<String, Hit> graded = new LinkedHashMap<>();
        catalogue.products().forEach(product -> graded.putIfAbsent(identity(product), product));
        int listed = graded.size();
        asked.forEach(a -> a.answer().hits().forEach(hit -> graded.putIfAbsent(identity(hit), hit)));
        List<Hit> products = List.copyOf(graded.values());
        List<QueryOutcome> outcomes = new ArrayList<>(asked.size());
        for (Asked query : asked) {
            outcomes.add(evaluate(query, products));
        }
        return new Result(api.baseUrl(), catalogue, products.size() - listed, List.copyOf(outcomes));
    }

    private Asked ask(Judgment judgment) {
        try {
            return new Asked(judgment, api.search(judgment.query(), Metrics.PAGE), null);
        } catch (IllegalStateException e) {
            return new Asked(judgment, new SearchApi.Answer(0, List.of()), e.getMessage());
        }
    }

    private QueryOutcome evaluate(Asked asked, List<Hit> catalogue) {
        GradingRule rule = asked.judgment().rule();
        long exact = 0;
        long related = 0;
        for (Hit product : catalogue) {
            int grade = rule.grade(product);
            if (grade == 2) {
                exact++;
            } else if (grade == 1) {
                related++;
            }
        }
        List<Hit> hits = asked.answer().hits();
        List<Integer> grades = hits.stream().map(rule::grade).toList();
        List<Integer> ideal = Metrics.idealGrades(exact, related, Metrics.PAGE);
        return new QueryOutcome(asked.judgment(), asked.answer().total(), hits, grades, exact, exact + related,
                Metrics.ndcg(grades, ideal, Metrics.PAGE), Metrics.precision(grades, Metrics.TOP, exact + related),
                Metrics.outOfStock(hits), Metrics.variantCrowding(hits.stream().map(articleKey::of).toList()),
                asked.error());
    }

    /** One product however often it is seen: its GTIN, or brand and title where it has none. */
    private static String identity(Hit hit) {
        return hit.gtin().isBlank() ? hit.brand() + "|" + hit.title() : hit.gtin();
    }
}
