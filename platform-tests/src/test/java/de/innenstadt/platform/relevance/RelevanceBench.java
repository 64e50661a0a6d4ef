// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import java.io.IOException;
import java.io.InputStream;
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
 * checked by SearchAnswersIT, not here.
 */
public final class RelevanceBench {

    static final String DEFAULT_BASE_URL = "http://localhost:8080";
    static final Path DEFAULT_REPORT = Path.of("target", "relevance-report.md");

    private RelevanceBench() {
    }

    /** Arguments: base URL, report file, and optionally another judgment set (the held-out one). */
    public static void main(String[] args) {
        String baseUrl = args.length > 0 ? args[0] : DEFAULT_BASE_URL;
        Path report = args.length > 1 ? Path.of(args[1]) : DEFAULT_REPORT;
        Path set = args.length > 2 && !args[2].isBlank() ? Path.of(args[2]) : null;
        System.exit(run(baseUrl, report, set, System.out, System.err));
    }

    static int run(String baseUrl, Path report, PrintStream out, PrintStream err) {
        return run(baseUrl, report, null, out, err);
    }

    static int run(String baseUrl, Path report, Path set, PrintStream out, PrintStream err) {
        List<Judgment> judgments;
        try {
            if (set == null) {
                judgments = Judgment.loadDefault();
            } else {
                try (InputStream in = Files.newInputStream(set)) {
                    judgments = Judgment.read(in, set.getFileName().toString());
                }
            }
        } catch (IOException | RuntimeException e) {
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
