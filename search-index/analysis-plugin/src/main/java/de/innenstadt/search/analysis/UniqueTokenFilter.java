// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.Arrays;

/**
 * Drops tokens whose text was already seen, either anywhere in the stream or only at the same position.
 *
 * <p>Lucene only ships the same-position variant ({@code RemoveDuplicatesTokenFilter}); Elastic's {@code unique}
 * filter removes repeats across the whole stream by default, which is what keeps a title like
 * "Kaffee Kaffee Kaffee" from boosting itself.
 */
final class UniqueTokenFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);
    private final CharArraySet seen = new CharArraySet(8, false);
    private final boolean onlyOnSamePosition;

    UniqueTokenFilter(TokenStream in, boolean onlyOnSamePosition) {
        super(in);
        this.onlyOnSamePosition = onlyOnSamePosition;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            char[] buffer = term.buffer();
            int length = term.length();
            boolean duplicate;
            if (onlyOnSamePosition) {
                if (positionIncrement.getPositionIncrement() > 0) {
                    seen.clear();
                }
                duplicate = positionIncrement.getPositionIncrement() == 0 && seen.contains(buffer, 0, length);
            } else {
                duplicate = seen.contains(buffer, 0, length);
            }
            if (!duplicate) {
                seen.add(Arrays.copyOf(buffer, length));
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        seen.clear();
    }
}
