// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingCharFilterFactory;

import java.io.Reader;
import java.util.function.UnaryOperator;

/**
 * A char filter factory made of a name and a wrapping function.
 *
 * <p>As with token filters, Elasticsearch only lets char filters marked {@link NormalizingCharFilterFactory} run
 * in normalizers; {@code mapping} is such a filter, {@code html_strip} is not.
 */
class FunctionCharFilterFactory implements CharFilterFactory {

    private final String name;
    private final UnaryOperator<Reader> filter;

    FunctionCharFilterFactory(String name, UnaryOperator<Reader> filter) {
        this.name = name;
        this.filter = filter;
    }

    /** A char filter that must not be used in normalizers. */
    static CharFilterFactory plain(String name, UnaryOperator<Reader> filter) {
        return new FunctionCharFilterFactory(name, filter);
    }

    /** A char filter that normalizers may use. */
    static CharFilterFactory normalizing(String name, UnaryOperator<Reader> filter) {
        return new Normalizing(name, filter);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Reader create(Reader reader) {
        return filter.apply(reader);
    }

    /** Marks the char filter as safe for normalizers. */
    private static final class Normalizing extends FunctionCharFilterFactory implements NormalizingCharFilterFactory {

        Normalizing(String name, UnaryOperator<Reader> filter) {
            super(name, filter);
        }
    }
}
