// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.util.Map;

/**
 * Entry point of the {@code innenstadt-analysis} Elasticsearch plugin.
 *
 * <p>The only Elasticsearch server distribution we can fetch (the integration-test zip on Maven Central) lacks
 * Elastic's analysis-common and ICU modules. This plugin registers the analysis components our index definitions
 * use under exactly Elastic's names and settings, so the same index JSON works on that server with this plugin and
 * on a production server (where the names are built in and this plugin is not installed). It uses the classic
 * plugin API, which 8.19 still loads and which, unlike the stable API, can register analyzers and pass an
 * analysis chain to synonym filters.
 */
public class InnenstadtAnalysisPlugin extends Plugin implements AnalysisPlugin {

    /** Created reflectively by the server from the {@code classname} in the plugin descriptor. */
    public InnenstadtAnalysisPlugin() {
        super();
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
            "german", (index, env, name, settings) -> new LanguageAnalyzerProvider(env, name, settings,
                GermanAnalyzer.getDefaultStopSet(), GermanAnalyzer::new),
            "english", (index, env, name, settings) -> new LanguageAnalyzerProvider(env, name, settings,
                EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, EnglishAnalyzer::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return TokenFilterProviders.all();
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return TokenizerProviders.all();
    }

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        return CharFilterProviders.all();
    }
}
