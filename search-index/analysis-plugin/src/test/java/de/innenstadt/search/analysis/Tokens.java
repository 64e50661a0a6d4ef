// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs Lucene token streams in unit tests, without a node. */
final class Tokens {

    private Tokens() {
    }

    /** Splits the text on whitespace, applies the filter and returns the terms. */
    static List<String> filter(String text, Function<TokenStream, TokenStream> filter) throws IOException {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        return terms(filter.apply(tokenizer));
    }

    /** Consumes the stream and returns its terms. */
    static List<String> terms(TokenStream stream) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = stream) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        }
        return terms;
    }
}
