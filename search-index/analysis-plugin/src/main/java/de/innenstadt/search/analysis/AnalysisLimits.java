// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.elasticsearch.index.IndexSettings;

/**
 * Index-level limits that Elastic's n-gram components enforce.
 *
 * <p>Checked here too so that a definition accepted by the test server is never rejected in production.
 */
final class AnalysisLimits {

    private AnalysisLimits() {
    }

    /**
     * Rejects {@code max_gram - min_gram} above {@code index.max_ngram_diff} (default 1), which protects the
     * index from an explosion of grams.
     */
    static void checkNgramDiff(IndexSettings indexSettings, int minGram, int maxGram, String component) {
        int allowed = indexSettings.getMaxNgramDiff();
        if (maxGram - minGram > allowed) {
            throw new IllegalArgumentException("The difference between max_gram and min_gram in " + component
                + " must be less than or equal to: [" + allowed + "] but was [" + (maxGram - minGram)
                + "]. This limit can be set by changing the [" + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey()
                + "] index level setting.");
        }
    }
}
