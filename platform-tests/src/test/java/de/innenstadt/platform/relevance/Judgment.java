// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of the judgment set: a query as shoppers type it, how it is phrased, and the rule that
 * grades its hits.
 *
 * @param line the line in the file, for messages
 */
public record Judgment(String query, QueryKind kind, GradingRule rule, String note, int line) {

    /** The judgment set on the class path, {@code relevance/judgments.tsv}. */
    public static final String RESOURCE = "/relevance/judgments.tsv";

    private static final String HEADER = "query\tkind\trule\tnote";

    /** True for queries the city's shops cannot answer: they should get no hit at all. */
    public boolean unanswerable() {
        return kind == QueryKind.UNANSWERABLE;
    }

    public static List<Judgment> loadDefault() {
        InputStream in = Judgment.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        try (in) {
            return read(in, "judgments.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads the tab-separated set: columns query, kind, rule, note; the line {@code query<TAB>kind<TAB>rule<TAB>note} is the
     * header; empty lines and lines starting with {@code #} are skipped. Any
     * mistake stops reading with file and line, so a broken set never yields silently lower figures.
     */
    public static List<Judgment> read(InputStream in, String source) throws IOException {
        List<Judgment> judgments = new ArrayList<>();
        Set<String> queries = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith(HEADER)) {
                continue;
            }
            String where = source + ":" + number + ": ";
            String[] columns = line.split("\t", -1);
            if (columns.length < 3 || columns.length > 4) {
                throw new IllegalArgumentException(where + "expected 4 tab-separated columns (query, kind, rule, note), found "
                        + columns.length);
            }
            String query = columns[0].strip();
            if (query.isEmpty()) {
                throw new IllegalArgumentException(where + "the query is empty");
            }
            if (!queries.add(query.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(where + "the query '" + query + "' appears twice");
            }
            try {
                QueryKind kind = QueryKind.ofCode(columns[1].strip());
                GradingRule rule = GradingRule.parse(columns[2]);
                if (kind == QueryKind.UNANSWERABLE && rule.highestGrade() == 2) {
                    throw new IllegalArgumentException("a query of kind none must not have a grade-2 clause");
                }
                if (kind != QueryKind.UNANSWERABLE && rule.highestGrade() < 2) {
                    throw new IllegalArgumentException("a query the city can answer needs a grade-2 clause");
                }
                judgments.add(new Judgment(query, kind, rule, columns.length == 4 ? columns[3].strip() : "", number));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        return List.copyOf(judgments);
    }
}
