// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The word-level steps of our index's German chain ({@code lowercase}, {@code german_normalization},
 * {@code asciifolding}, then the {@code light_german} stemmer), run by the very Lucene classes Elasticsearch uses.
 *
 * <p>Stem overrides sit between folding and stemming, so their forms must be written exactly as folding leaves
 * them: {@code Bücher} becomes {@code bucher}, {@code Straße} {@code strasse}, and {@code Poet} {@code pot}
 * (the normaliser also folds "oe"), which no hand-written rule would guess.
 */
final class GermanChain implements AutoCloseable {

    private final Analyzer normalizer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer whole = new KeywordTokenizer();
            TokenStream folded = new ASCIIFoldingFilter(new GermanNormalizationFilter(new LowerCaseFilter(whole)));
            return new TokenStreamComponents(whole, folded);
        }
    };
    private final GermanLightStemmer stemmer = new GermanLightStemmer();

    /** The word as the stemmer receives it. */
    String normalize(String word) {
        try (TokenStream stream = normalizer.tokenStream("word", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String result = stream.incrementToken() ? term.toString() : "";
            stream.end();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot normalise " + word, e);
        }
    }

    /** What the light German stemmer makes of an already normalised word. */
    String stem(String normalized) {
        char[] buffer = normalized.toCharArray();
        return new String(buffer, 0, stemmer.stem(buffer, buffer.length));
    }

    @Override
    public void close() {
        normalizer.close();
    }
}
