// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelevanceReportTest {

    @Test
    void theReportShowsFiguresKindsWorstQueriesAndWhatShouldHaveFoundNothing() throws Exception {
        List<Judgment> judgments = Judgment.read(new ByteArrayInputStream("""
                bücher\tgeneric\t2: category=buecher\tBuche is wood
                döner\tnone\t-\t
                """.getBytes(StandardCharsets.UTF_8)), "test.tsv");
        Hit beech = Hit.of("1", "Messerblock 7-teilig Buche", "Pfalzhaus", "haushalt", null, true);
        Hit book = Hit.of("2", "Roman gebunden: Das Erbe am Fluss", "Westrich Presse", "buecher", null, false);
        Hit saumagen = Hit.of("3", "Pfälzer Saumagen in der Dose 400 g", "", "feinkost", null, false);
        QueryOutcome books = new QueryOutcome(judgments.get(0), 690, List.of(beech, book), List.of(0, 2), 1, 1,
                Metrics.ndcg(List.of(0, 2), List.of(2), 10), Metrics.precision(List.of(0, 2), 3, 1), 1, 0, null);
        QueryOutcome doener = new QueryOutcome(judgments.get(1), 1, List.of(saumagen), List.of(0), 0, 0, Double.NaN,
                Double.NaN, 0, 0, null);
        RelevanceEvaluation.Result result = new RelevanceEvaluation.Result("http://localhost:8080",
                new SearchApi.Catalogue(List.of(beech, book, saumagen), 3, true), 0, List.of(books, doener));

        String report = RelevanceReport.markdown(result, Instant.parse("2026-12-06T12:00:00Z"));

        assertThat(report).contains("Catalogue: 3 products. Judgment set: 2 queries, 1 measured",
                "| nDCG@10 | 0.631 | ≥ 0.90 |", "| P@3 (grade ≥ 1) | 1.000 | ≥ 0.95 |",
                "| out-of-stock share of top 10 | 50.0 % | ≤ 2 % |",
                "| generic | 1 | 1 | 0.631 | 1.000 | 50.0 % | 0.00 | 0 | – |", "| none | 1 | 0 |",
                "| bücher | generic | 0.631 | 1.000 | 690 | Messerblock 7-teilig Buche [0]; Roman gebunden: Das Erbe am Fluss [2] |",
                "| döner | 1 | Pfälzer Saumagen in der Dose 400 g [0] |");
    }
}
