// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The command behind {@code bench/relevance.sh [base-url] [report-file]}: measures a running platform
 * and prints the report. It measures and never judges, so it ends with 0 whatever the figures;
 * 2 when the platform cannot be reached, 1 when the judgment set cannot be read. The floors are
 * checked by RelevanceJudgmentsIT, not here.
 */
public final class RelevanceBench {

    static final String DEFAULT_BASE_URL = "http://localhost:8080";
    static final Path DEFAULT_REPORT = Path.of("target", "relevance-report.md");

    private RelevanceBench() {
    }

    public static void main(String[] args) {
        String baseUrl = args.length > 0 ? args[0] : DEFAULT_BASE_URL;
        Path report = args.length > 1 ? Path.of(args[1]) : DEFAULT_REPORT;
        System.exit(run(baseUrl, report, System.out, System.err));
    }

    static int run(String baseUrl, Path report, PrintStream out, PrintStream err) {
        List<Judgment> judgments;
        try {
            judgments = Judgment.loadDefault();
        } catch (RuntimeException e) {
            err.println("The judgment set cannot be read: " + e.getMessage());
            return 1;
        }
        RelevanceEvaluation.Result result;
        try {
            result = new RelevanceEvaluation(new SearchApi(baseUrl), new ArticleKey(VariantWords.fromDemoVocabulary()))
                    .run(judgments);
        } catch (SearchApi.UnreachableException e) {
            err.println(e.getMessage());
            return 2;
        }
        String markdown = RelevanceReport.markdown(result, Instant.now());
        out.print(markdown);
        try {
            Path folder = report.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.writeString(report, markdown, StandardCharsets.UTF_8);
            out.println("Report written to " + report.toAbsolutePath());
        } catch (IOException e) {
            err.println("Cannot write the report to " + report + ": " + e);
        }
        return 0;
    }
}
