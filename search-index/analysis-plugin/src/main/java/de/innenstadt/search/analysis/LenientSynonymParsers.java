// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.synonym.WordnetSynonymParser;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import java.io.IOException;
import java.io.Reader;
import java.text.ParseException;

/**
 * Synonym rule parsers (Solr and WordNet format) with Elastic's {@code lenient} option.
 *
 * <p>A rule whose words the analysis chain removes entirely (a stop word, say) makes Lucene's parsers fail the whole
 * file; with {@code lenient: true} such rules are skipped instead, so one careless line in a merchant-maintained
 * synonym list cannot break the search analyzer.
 */
final class LenientSynonymParsers {

    private LenientSynonymParsers() {
    }

    /**
     * Parses synonym rules into a map.
     *
     * @param wordnet  {@code true} for the WordNet prolog format, otherwise the Solr format
     * @param expand   whether {@code a, b} maps each word to all others ({@code true}) or all to the first
     * @param lenient  whether to skip rules that cannot be analyzed
     * @param analyzer the analysis chain in front of the synonym filter, applied to the rules
     */
    static SynonymMap parse(Reader rules, boolean wordnet, boolean expand, boolean lenient, Analyzer analyzer)
        throws IOException, ParseException {
        if (wordnet) {
            Wordnet parser = new Wordnet(expand, lenient, analyzer);
            parser.parse(rules);
            return parser.build();
        }
        Solr parser = new Solr(expand, lenient, analyzer);
        parser.parse(rules);
        return parser.build();
    }

    private static CharsRef analyzeLeniently(String text, CharsRefBuilder reuse, boolean lenient, AnalyzeCall call)
        throws IOException {
        try {
            return call.analyze(text, reuse);
        } catch (IllegalArgumentException e) {
            if (!lenient) {
                throw e;
            }
            reuse.clear();
            return reuse.get();
        }
    }

    /** The super call of {@code analyze}, passed in so both parsers share the lenient handling. */
    @FunctionalInterface
    private interface AnalyzeCall {
        CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException;
    }

    /** Solr format: {@code a, b, c} and {@code a, b => c}. */
    private static final class Solr extends SolrSynonymParser {
        private final boolean lenient;

        Solr(boolean expand, boolean lenient, Analyzer analyzer) {
            super(true, expand, analyzer);
            this.lenient = lenient;
        }

        @Override
        public void add(CharsRef input, CharsRef output, boolean includeOrig) {
            if (!lenient || (input.length > 0 && output.length > 0)) {
                super.add(input, output, includeOrig);
            }
        }

        @Override
        public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
            return analyzeLeniently(text, reuse, lenient, super::analyze);
        }
    }

    /** WordNet prolog format: {@code s(100000001,1,'abstain',v,1,0).}. */
    private static final class Wordnet extends WordnetSynonymParser {
        private final boolean lenient;

        Wordnet(boolean expand, boolean lenient, Analyzer analyzer) {
            super(true, expand, analyzer);
            this.lenient = lenient;
        }

        @Override
        public void add(CharsRef input, CharsRef output, boolean includeOrig) {
            if (!lenient || (input.length > 0 && output.length > 0)) {
                super.add(input, output, includeOrig);
            }
        }

        @Override
        public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
            return analyzeLeniently(text, reuse, lenient, super::analyze);
        }
    }
}
