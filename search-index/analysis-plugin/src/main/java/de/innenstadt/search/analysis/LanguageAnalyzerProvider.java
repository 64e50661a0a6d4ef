// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;

import java.util.function.BiFunction;

/**
 * The built-in language analyzers ({@code german}, {@code english}) with their {@code stopwords},
 * {@code stopwords_path} and {@code stem_exclusion} settings.
 *
 * <p>Elastic builds these from Lucene's analyzers of the same name, so using them here gives the identical chain:
 * for {@code german} standard tokenizer, lowercase, German stop words, {@code german_normalization} and the light
 * German stemmer.
 */
final class LanguageAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {

    private final Analyzer analyzer;

    LanguageAnalyzerProvider(Environment env, String name, Settings settings, CharArraySet defaultStopWords,
                             BiFunction<CharArraySet, CharArraySet, Analyzer> constructor) {
        super(name, settings);
        CharArraySet stopWords = Analysis.parseStopWords(env, settings, defaultStopWords);
        CharArraySet stemExclusion = Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET);
        this.analyzer = constructor.apply(stopWords, stemExclusion);
    }

    @Override
    public Analyzer get() {
        return analyzer;
    }
}
