// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.TokenFilterFactory;

import java.util.List;

/**
 * The {@code word_delimiter_graph} and (legacy) {@code word_delimiter} token filters, which split article
 * numbers and product names like {@code "USB-C"} or {@code "iPhone15"} into their parts.
 *
 * <p>All flags keep Elastic's defaults ({@code generate_word_parts}, {@code generate_number_parts},
 * {@code split_on_case_change}, {@code split_on_numerics} and {@code stem_english_possessive} on; the catenating
 * flags and {@code preserve_original} off) so that the same settings split the same way. Also supported:
 * {@code protected_words(_path)}, {@code type_table(_path)}, {@code adjust_offsets} and {@code ignore_keywords}.
 */
final class WordDelimiterTokenFilterFactory extends AbstractTokenFilterFactory {

    private final boolean graph;
    private final int flags;
    private final byte[] typeTable;
    private final CharArraySet protectedWords;
    private final boolean adjustOffsets;

    WordDelimiterTokenFilterFactory(Environment env, String name, Settings settings, boolean graph) {
        super(name, settings);
        this.graph = graph;
        int f = 0;
        f |= flag(settings, "generate_word_parts", true, WordDelimiterGraphFilter.GENERATE_WORD_PARTS);
        f |= flag(settings, "generate_number_parts", true, WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS);
        f |= flag(settings, "catenate_words", false, WordDelimiterGraphFilter.CATENATE_WORDS);
        f |= flag(settings, "catenate_numbers", false, WordDelimiterGraphFilter.CATENATE_NUMBERS);
        f |= flag(settings, "catenate_all", false, WordDelimiterGraphFilter.CATENATE_ALL);
        f |= flag(settings, "split_on_case_change", true, WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE);
        f |= flag(settings, "preserve_original", false, WordDelimiterGraphFilter.PRESERVE_ORIGINAL);
        f |= flag(settings, "split_on_numerics", true, WordDelimiterGraphFilter.SPLIT_ON_NUMERICS);
        f |= flag(settings, "stem_english_possessive", true, WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE);
        f |= flag(settings, "ignore_keywords", false, WordDelimiterGraphFilter.IGNORE_KEYWORDS);
        this.flags = f;
        List<String> typeRules = Analysis.getWordList(env, settings, "type_table");
        this.typeTable = typeRules == null ? WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE : AnalysisStrings.typeTable(typeRules);
        this.protectedWords = Analysis.getWordSet(env, settings, "protected_words");
        this.adjustOffsets = settings.getAsBoolean("adjust_offsets", true);
    }

    @Override
    @SuppressWarnings("deprecation") // WordDelimiterFilter: kept only because Elastic still offers word_delimiter
    public TokenStream create(TokenStream tokenStream) {
        if (graph) {
            return new WordDelimiterGraphFilter(tokenStream, adjustOffsets, typeTable, flags, protectedWords);
        }
        return new WordDelimiterFilter(tokenStream, typeTable, flags, protectedWords);
    }

    /** Split parts of synonym rules would never match the rule as written, so Elastic refuses this chain. */
    @Override
    public TokenFilterFactory getSynonymFilter() {
        throw new IllegalArgumentException("Token filter [" + name() + "] cannot be used to parse synonyms");
    }

    private static int flag(Settings settings, String key, boolean defaultValue, int bit) {
        return settings.getAsBoolean(key, defaultValue) ? bit : 0;
    }
}
