// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code dictionary_decompounder} and {@code hyphenation_decompounder} token filters, which split German
 * compounds such as {@code Kinderschuhe} into the dictionary words they contain, so a search for
 * "Schuhe für Kinder" finds them.
 *
 * <p>Settings as in Elastic: {@code word_list} or {@code word_list_path} (case-sensitive unless
 * {@code word_list_case: true}), {@code min_word_size} (5), {@code min_subword_size} (2),
 * {@code max_subword_size} (15), {@code only_longest_match}; the hyphenation variant also takes
 * {@code hyphenation_patterns_path} (an FOP XML grammar below the config folder), {@code no_sub_matches} and
 * {@code no_overlapping_matches}.
 */
final class CompoundWordTokenFilterFactory extends AbstractTokenFilterFactory {

    private final CharArraySet wordList;
    private final HyphenationTree hyphenationTree;
    private final int minWordSize;
    private final int minSubwordSize;
    private final int maxSubwordSize;
    private final boolean onlyLongestMatch;
    private final boolean noSubMatches;
    private final boolean noOverlappingMatches;

    CompoundWordTokenFilterFactory(Environment env, String name, Settings settings, boolean hyphenation) {
        super(name, settings);
        this.minWordSize = settings.getAsInt("min_word_size", 5);
        this.minSubwordSize = settings.getAsInt("min_subword_size", 2);
        this.maxSubwordSize = settings.getAsInt("max_subword_size", 15);
        this.onlyLongestMatch = settings.getAsBoolean("only_longest_match", false);
        this.noSubMatches = settings.getAsBoolean("no_sub_matches", false);
        this.noOverlappingMatches = settings.getAsBoolean("no_overlapping_matches", false);
        this.wordList = Analysis.getWordSet(env, settings, "word_list");
        if (hyphenation) {
            this.hyphenationTree = loadHyphenationTree(env, name, settings.get("hyphenation_patterns_path"));
        } else {
            if (wordList == null) {
                throw new IllegalArgumentException("word_list must be provided for [" + name
                    + "], either as a path to a file, or directly");
            }
            this.hyphenationTree = null;
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        if (hyphenationTree == null) {
            return new DictionaryCompoundWordTokenFilter(tokenStream, wordList, minWordSize, minSubwordSize,
                maxSubwordSize, onlyLongestMatch);
        }
        return new HyphenationCompoundWordTokenFilter(tokenStream, hyphenationTree, wordList, minWordSize,
            minSubwordSize, maxSubwordSize, onlyLongestMatch, noSubMatches, noOverlappingMatches);
    }

    private static HyphenationTree loadHyphenationTree(Environment env, String name, String patternsPath) {
        if (patternsPath == null) {
            throw new IllegalArgumentException("hyphenation_patterns_path is a required setting for [" + name + "]");
        }
        Path file = env.configDir().resolve(patternsPath);
        // A byte stream, not a reader: the XML declaration of the grammar names its encoding (often ISO-8859-1).
        try (InputStream in = Files.newInputStream(file)) {
            return HyphenationCompoundWordTokenFilter.getHyphenationTree(new InputSource(in));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Exception while reading hyphenation_patterns_path [" + patternsPath
                + "] for [" + name + "]: " + e.getMessage(), e);
        }
    }
}
