// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The {@code synonym_graph} and {@code synonym} token filters.
 *
 * <p>Settings as in Elastic: {@code synonyms} (inline rules) or {@code synonyms_path} (a file below the config
 * folder), {@code format} ({@code solr} or {@code wordnet}), {@code expand}, {@code lenient} and
 * {@code updateable}. The rules are run through the tokenizer, char filters and token filters that precede this
 * filter in the analyzer, exactly as Elastic does, which is why the real work happens in
 * {@link #getChainAwareTokenFilterFactory}. With {@code updateable: true} the filter reports
 * {@link AnalysisMode#SEARCH_TIME}: the server then builds a reloadable analyzer, and
 * {@code POST /index/_reload_search_analyzers} re-reads {@code synonyms_path} without closing the index.
 * Synonym sets stored in the cluster ({@code synonyms_set}) are not supported.
 */
final class SynonymTokenFilterFactory extends AbstractTokenFilterFactory {

    private final Environment environment;
    private final Settings settings;
    private final boolean graph;
    private final boolean expand;
    private final boolean lenient;
    private final boolean wordnet;
    private final AnalysisMode analysisMode;
    private final String synonymsPath;

    SynonymTokenFilterFactory(Environment environment, String name, Settings settings, boolean graph) {
        super(name, settings);
        this.environment = environment;
        this.settings = settings;
        this.graph = graph;
        for (String unsupported : List.of("synonyms_set", "tokenizer", "ignore_case")) {
            if (settings.get(unsupported) != null) {
                throw new IllegalArgumentException("The [" + unsupported + "] setting of [" + name + "] is not supported");
            }
        }
        this.expand = settings.getAsBoolean("expand", true);
        this.lenient = settings.getAsBoolean("lenient", false);
        String format = settings.get("format", "solr").toLowerCase(Locale.ROOT);
        if (!format.equals("solr") && !format.equals("wordnet")) {
            throw new IllegalArgumentException("Invalid synonym format [" + format + "], must be solr or wordnet");
        }
        this.wordnet = format.equals("wordnet");
        this.analysisMode = settings.getAsBoolean("updateable", false) ? AnalysisMode.SEARCH_TIME : AnalysisMode.ALL;
        this.synonymsPath = settings.get("synonyms_path");
        if (settings.getAsList("synonyms", null, false) == null && synonymsPath == null) {
            throw new IllegalArgumentException("synonym requires either `synonyms` or `synonyms_path` to be configured");
        }
    }

    /** Only the chain-aware copy can filter: the rules cannot be parsed before the preceding chain is known. */
    @Override
    public TokenStream create(TokenStream tokenStream) {
        throw new IllegalStateException("Call getChainAwareTokenFilterFactory to specialize this factory for an analysis chain first");
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return analysisMode;
    }

    @Override
    public String getResourceName() {
        return synonymsPath;
    }

    @Override
    public TokenFilterFactory getChainAwareTokenFilterFactory(IndexCreationContext context, TokenizerFactory tokenizer,
                                                              List<CharFilterFactory> charFilters,
                                                              List<TokenFilterFactory> previousTokenFilters,
                                                              Function<String, TokenFilterFactory> allFilters) {
        TokenFilterFactory[] ruleFilters = previousTokenFilters.stream()
            .map(TokenFilterFactory::getSynonymFilter)
            .toArray(TokenFilterFactory[]::new);
        SynonymMap synonyms;
        try (Analyzer ruleAnalyzer = new CustomAnalyzer(tokenizer, charFilters.toArray(new CharFilterFactory[0]), ruleFilters);
             Reader rules = openRules()) {
            synonyms = LenientSynonymParsers.parse(rules, wordnet, expand, lenient, ruleAnalyzer);
        } catch (IOException | ParseException e) {
            throw new IllegalArgumentException("failed to build synonyms for [" + name() + "]: " + e.getMessage(), e);
        }
        return new Chained(name(), synonyms, graph, analysisMode, synonymsPath);
    }

    private Reader openRules() {
        List<String> inline = settings.getAsList("synonyms", null, false);
        if (inline != null) {
            return new StringReader(String.join("\n", inline));
        }
        return Analysis.getReaderFromFile(environment, synonymsPath, "synonyms_path");
    }

    /** The synonym filter bound to a parsed rule set. */
    private record Chained(String name, SynonymMap synonyms, boolean graph, AnalysisMode mode, String resource)
        implements TokenFilterFactory {

        @Override
        @SuppressWarnings("deprecation") // SynonymFilter: kept only because Elastic still offers the synonym type
        public TokenStream create(TokenStream tokenStream) {
            if (synonyms.fst == null) {
                return tokenStream;
            }
            return graph ? new SynonymGraphFilter(tokenStream, synonyms, false) : new SynonymFilter(tokenStream, synonyms, false);
        }

        /** A later synonym filter parses its rules without this one, as in Elastic. */
        @Override
        public TokenFilterFactory getSynonymFilter() {
            return IDENTITY_FILTER;
        }

        @Override
        public AnalysisMode getAnalysisMode() {
            return mode;
        }

        @Override
        public String getResourceName() {
            return resource;
        }
    }
}
