// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.get;
import static de.innenstadt.platform.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.innenstadt.platform.relevance.ArticleKey;
import de.innenstadt.platform.relevance.Figures;
import de.innenstadt.platform.relevance.Floors;
import de.innenstadt.platform.relevance.Judgment;
import de.innenstadt.platform.relevance.RelevanceEvaluation;
import de.innenstadt.platform.relevance.RelevanceReport;
import de.innenstadt.platform.relevance.SearchApi;
import de.innenstadt.platform.relevance.VariantWords;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The relevance ratchet: the judgment set (docs/relevance.md) against the demo city on the running
 * platform, failing when nDCG@10, P@3, the out-of-stock share, variant crowding, empty answers or the
 * zero-hit share of unanswerable queries crosses its floor in {@code relevance/floors.properties}.
 * Unlike RelevanceIT, which pins single products on a small fixed catalogue, it judges whole first
 * pages by written rules, so it keeps measuring when the demo catalogue changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RelevanceJudgmentsIT {

    /** Demo data and the first full index build take a while after deployment. */
    private static final Duration STARTUP = Duration.ofMinutes(3);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestPlatform.shopWeb();
    }

    @Test
    void searchStaysAboveTheRelevanceFloors() throws IOException {
        awaitTheWholeCatalogue();
        RelevanceEvaluation.Result result = new RelevanceEvaluation(new SearchApi(TestPlatform.baseUrl()),
                new ArticleKey(VariantWords.fromDemoVocabulary())).run(Judgment.loadDefault());
        Path report = Path.of("target", "relevance-report.md");
        Files.writeString(report, RelevanceReport.markdown(result, Instant.now()), StandardCharsets.UTF_8);
        Figures figures = Figures.of(result.outcomes());

        List<String> violations = Floors.loadDefault().violations(figures);

        assertThat(violations).as("figures %s; report in %s", summary(figures), report.toAbsolutePath()).isEmpty();
    }

    /** Searching starts before the demo city is fully indexed; the count of all products settles when it is. */
    private static void awaitTheWholeCatalogue() {
        AtomicLong previous = new AtomicLong(-1);
        await().atMost(STARTUP).pollInterval(Duration.ofSeconds(3)).until(() -> {
            HttpResponse<String> response = get("/api/v1/search?q=&size=1");
            long total = response.statusCode() == 200 ? json(response.body()).get("total").asLong() : -1;
            return total > 0 && total == previous.getAndSet(total);
        });
    }

    private static String summary(Figures figures) {
        return String.format(Locale.ROOT, "nDCG@10 %.3f, P@3 %.3f, out of stock %.3f, crowding %.2f/query, "
                        + "%d empty answers, %d of %d unanswerable with zero hits", figures.ndcg(), figures.precision(),
                figures.outOfStockShare(), figures.crowdingPerQuery(), figures.emptyAnswers(),
                figures.unanswerableWithZeroHits(), figures.unanswerable());
    }
}
