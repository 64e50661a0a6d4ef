// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

import java.util.Locale;

/**
 * The {@code ngram} and {@code edge_ngram} token filters ({@code min_gram}, {@code max_gram},
 * {@code preserve_original}; {@code side: back} for edge n-grams).
 *
 * <p>Like Elastic's, the plain n-gram filter refuses a gram range wider than {@code index.max_ngram_diff}, so an
 * index that is accepted here is accepted by a production server too.
 */
final class NGramTokenFilterFactory extends AbstractTokenFilterFactory {

    private final boolean edge;
    private final int minGram;
    private final int maxGram;
    private final boolean preserveOriginal;
    private final boolean fromBack;

    NGramTokenFilterFactory(IndexSettings indexSettings, String name, Settings settings, boolean edge) {
        super(name, settings);
        this.edge = edge;
        this.minGram = settings.getAsInt("min_gram", 1);
        this.maxGram = settings.getAsInt("max_gram", 2);
        this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
        String side = settings.get("side", "front").toLowerCase(Locale.ROOT);
        if (!edge && settings.get("side") != null) {
            throw new IllegalArgumentException("[side] is only supported by the edge_ngram filter");
        }
        if (!side.equals("front") && !side.equals("back")) {
            throw new IllegalArgumentException("Invalid side [" + side + "], must be front or back");
        }
        this.fromBack = side.equals("back");
        if (minGram < 1 || maxGram < minGram) {
            throw new IllegalArgumentException("Invalid n-gram range [" + minGram + ", " + maxGram + "] for [" + name + "]");
        }
        if (!edge) {
            AnalysisLimits.checkNgramDiff(indexSettings, minGram, maxGram, "NGram Token Filter");
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        if (!edge) {
            return new NGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
        }
        if (fromBack) {
            return new ReverseStringFilter(
                new EdgeNGramTokenFilter(new ReverseStringFilter(tokenStream), minGram, maxGram, preserveOriginal));
        }
        return new EdgeNGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
    }

    /** Grams of synonym rules would not match anything sensible, so Elastic refuses this chain and so do we. */
    @Override
    public TokenFilterFactory getSynonymFilter() {
        throw new IllegalArgumentException("Token filter [" + name() + "] cannot be used to parse synonyms");
    }
}
