// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

import java.util.function.Function;

/**
 * A token filter factory made of a name and a wrapping function, for the many filters that need nothing else.
 *
 * <p>Elasticsearch decides by type whether a filter may run in normalizers and on wildcard or prefix query terms
 * ({@link NormalizingTokenFilterFactory}); {@link #normalizing} is used for
 * character-level filters such as folding, {@link #plain} for everything that changes the token structure.
 */
class FunctionTokenFilterFactory implements TokenFilterFactory {

    private final String name;
    private final Function<TokenStream, TokenStream> filter;

    FunctionTokenFilterFactory(String name, Function<TokenStream, TokenStream> filter) {
        this.name = name;
        this.filter = filter;
    }

    /** A filter that must not be used in normalizers. */
    static TokenFilterFactory plain(String name, Function<TokenStream, TokenStream> filter) {
        return new FunctionTokenFilterFactory(name, filter);
    }

    /** A filter that works per character and so is also applied by normalizers and to multi-term queries. */
    static TokenFilterFactory normalizing(String name, Function<TokenStream, TokenStream> filter) {
        return new Normalizing(name, filter);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return filter.apply(tokenStream);
    }

    /** Marks the filter as safe for normalizers. */
    private static final class Normalizing extends FunctionTokenFilterFactory
        implements NormalizingTokenFilterFactory {

        Normalizing(String name, Function<TokenStream, TokenStream> filter) {
            super(name, filter);
        }
    }
}
