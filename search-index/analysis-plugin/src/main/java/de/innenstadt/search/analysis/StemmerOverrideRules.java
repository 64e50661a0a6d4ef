// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Parses the rules of the {@code stemmer_override} token filter: {@code form => stem} or
 * {@code form1, form2 => stem}, one per entry of {@code rules} or line of {@code rules_path}.
 *
 * <p>The syntax and the refusals follow Elastic's filter, so that a rule file the integration-test server accepts is
 * accepted by a production server too, and the other way round. A form listed twice keeps its first stem, as in
 * Lucene's builder. Kept free of Elasticsearch types so it can be unit-tested without a node.
 */
final class StemmerOverrideRules {

    private static final String ARROW = "=>";

    private StemmerOverrideRules() {
    }

    /**
     * Builds the override map, matching forms case-sensitively (as Elastic does: put the filter after
     * {@code lowercase}).
     *
     * @throws IllegalArgumentException for a rule without exactly one arrow, with an empty form or stem, or with a
     *                                  comma in the stem, because such a rule would silently do something else
     */
    static StemmerOverrideMap parse(List<String> rules) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        for (String rule : rules) {
            String[] sides = rule.split(ARROW, -1);
            if (sides.length != 2) {
                throw invalid(rule);
            }
            String stem = sides[1].trim();
            if (stem.isEmpty() || stem.indexOf(',') >= 0) {
                throw invalid(rule);
            }
            for (String form : sides[0].split(",", -1)) {
                String trimmed = form.trim();
                if (trimmed.isEmpty()) {
                    throw invalid(rule);
                }
                builder.add(trimmed, stem);
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the stemmer overrides", e);
        }
    }

    private static IllegalArgumentException invalid(String rule) {
        return new IllegalArgumentException("Invalid Keyword override Rule:" + rule);
    }
}
