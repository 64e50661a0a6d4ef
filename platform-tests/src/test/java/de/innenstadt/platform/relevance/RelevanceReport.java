// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The benchmark's report as Markdown: headline figures against the targets, a table per
 * query kind, the worst queries with what they showed, and the queries the city cannot answer. The
 * same text goes to the console and to the report file, so what a developer sees is what is kept.
 */
public final class RelevanceReport {

    /**
     * How many of the worst queries are listed: lowest nDCG first, then lowest P@3, then the most
     * hits, because a page of wrong hits misleads more than an empty one and hides the gap from the
     * demand report.
     */
    static final int WORST = 20;

    private RelevanceReport() {
    }

    public static String markdown(RelevanceEvaluation.Result result, Instant when) {
        List<QueryOutcome> outcomes = result.outcomes();
        Figures all = Figures.of(outcomes);
        StringBuilder out = new StringBuilder();
        out.append("# Relevance benchmark\n\n");
        out.append(String.format(Locale.ROOT, "Platform %s, %s. Catalogue: %d products%s%s. Judgment set: %d queries, "
                        + "%d measured (answerable), %d the city cannot answer.%n%n", result.baseUrl(),
                when.truncatedTo(ChronoUnit.SECONDS), result.catalogue().products().size(),
                result.catalogue().complete() ? "" : " (incomplete: the API's last page was reached)",
                result.seenOnlyInAnswers() == 0 ? ""
                        : " listed, " + result.seenOnlyInAnswers() + " more seen only in answers (variants)",
                all.queries(), all.measured(), all.unanswerable()));
        headline(out, all);
        perKind(out, outcomes);
        worst(out, outcomes);
        unanswerable(out, outcomes);
        listed(out, "Judged answerable, but nothing of grade 2 in the catalogue",
                "Not measured; the rule or the catalogue needs a look.",
                outcomes.stream().filter(QueryOutcome::missingFromCatalogue).toList());
        listed(out, "Refused by the API", "Counted as empty answers.",
                outcomes.stream().filter(o -> o.error() != null).toList());
        return out.toString();
    }

    private static void headline(StringBuilder out, Figures all) {
        out.append("## Figures\n\n| figure | measured | target (issue #15) |\n|---|---:|---:|\n");
        out.append(row("nDCG@10", number(all.ndcg()), "≥ 0.90"));
        out.append(row("P@3 (grade ≥ 1)", number(all.precision()), "≥ 0.95"));
        out.append(row("out-of-stock share of top 10", percent(all.outOfStockShare()), "≤ 2 %"));
        out.append(row("variant crowding (extra hits per query)", String.format(Locale.ROOT, "%.2f (%d in all)",
                all.crowdingPerQuery(), all.crowdingTotal()), "0"));
        out.append(row("empty answers for answerable queries", Integer.toString(all.emptyAnswers()), "0"));
        out.append(row("unanswerable queries with zero hits", String.format(Locale.ROOT, "%d of %d",
                all.unanswerableWithZeroHits(), all.unanswerable()), "all"));
        out.append('\n');
    }

    private static void perKind(StringBuilder out, List<QueryOutcome> outcomes) {
        out.append("## Per kind\n\n| kind | queries | measured | nDCG@10 | P@3 | out of stock | crowding/query | empty | "
                + "zero-hit (none) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (QueryKind kind : QueryKind.values()) {
            List<QueryOutcome> ofKind = outcomes.stream().filter(o -> o.judgment().kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            Figures figures = Figures.of(ofKind);
            out.append(row(kind.code(), Integer.toString(figures.queries()), Integer.toString(figures.measured()),
                    number(figures.ndcg()), number(figures.precision()), percent(figures.outOfStockShare()),
                    figures.measured() == 0 ? "–" : String.format(Locale.ROOT, "%.2f", figures.crowdingPerQuery()),
                    figures.measured() == 0 ? "–" : Integer.toString(figures.emptyAnswers()),
                    kind == QueryKind.UNANSWERABLE ? figures.unanswerableWithZeroHits() + " of " + figures.queries() : "–"));
        }
        out.append('\n');
    }

    private static void worst(StringBuilder out, List<QueryOutcome> outcomes) {
        List<QueryOutcome> worst = outcomes.stream().filter(QueryOutcome::measured)
                .sorted(Comparator.comparingDouble(QueryOutcome::ndcg).thenComparingDouble(QueryOutcome::precision)
                        .thenComparing(Comparator.comparingLong(QueryOutcome::total).reversed())
                        .thenComparing(o -> o.judgment().query()))
                .limit(WORST).toList();
        out.append("## The ").append(worst.size()).append(" worst queries\n\n")
                .append("| query | kind | nDCG@10 | P@3 | hits | top 3 (grade) |\n|---|---|---:|---:|---:|---|\n");
        for (QueryOutcome outcome : worst) {
            out.append(row(outcome.judgment().query(), outcome.judgment().kind().code(), number(outcome.ndcg()),
                    number(outcome.precision()), Long.toString(outcome.total()), topThree(outcome)));
        }
        out.append('\n');
    }

    private static void unanswerable(StringBuilder out, List<QueryOutcome> outcomes) {
        List<QueryOutcome> answeredAnyway = outcomes.stream()
                .filter(o -> o.judgment().unanswerable() && !o.empty()).toList();
        out.append("## Queries the city cannot answer, answered anyway\n\n");
        if (answeredAnyway.isEmpty()) {
            out.append("None: every such query got zero hits, so the demand report counts it.\n\n");
            return;
        }
        out.append("They should get zero hits, so that the demand report counts them as a gap.\n\n")
                .append("| query | hits | top 3 |\n|---|---:|---|\n");
        for (QueryOutcome outcome : answeredAnyway) {
            out.append(row(outcome.judgment().query(), Long.toString(outcome.total()), topThree(outcome)));
        }
        out.append('\n');
    }

    private static void listed(StringBuilder out, String heading, String explanation, List<QueryOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        out.append("## ").append(heading).append("\n\n").append(explanation).append("\n\n");
        for (QueryOutcome outcome : outcomes) {
            out.append("- `").append(outcome.judgment().query()).append("` (line ").append(outcome.judgment().line())
                    .append(")").append(outcome.error() == null ? "" : ": " + outcome.error()).append('\n');
        }
        out.append('\n');
    }

    private static String topThree(QueryOutcome outcome) {
        if (outcome.hits().isEmpty()) {
            return "(nothing)";
        }
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(Metrics.TOP, outcome.hits().size()); i++) {
            shown.add(outcome.hits().get(i).title() + " [" + outcome.grades().get(i) + "]");
        }
        return String.join("; ", shown);
    }

    private static String row(String... cells) {
        return Arrays.stream(cells).map(cell -> cell.replace("|", "\\|"))
                .collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
