// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.text.ParseException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LenientSynonymParsersTest {

    /** Lowercases and drops "der", like the chain in front of a synonym filter would. */
    private static Analyzer chain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new WhitespaceTokenizer();
                return new TokenStreamComponents(tokenizer,
                    new StopFilter(new LowerCaseFilter(tokenizer), new CharArraySet(List.of("der"), false)));
            }
        };
    }

    @Test
    void rulesAreAnalyzedByThePrecedingChain() throws Exception {
        try (Analyzer analyzer = chain()) {
            SynonymMap map = LenientSynonymParsers.parse(new StringReader("Velo, Fahrrad"), false, true, false, analyzer);
            assertThat(Tokens.filter("velo", in -> new SynonymGraphFilter(in, map, false))).contains("velo", "fahrrad");
        }
    }

    @Test
    void strictParsingFailsOnARuleTheChainRemoves() throws Exception {
        try (Analyzer analyzer = chain()) {
            assertThatThrownBy(() ->
                LenientSynonymParsers.parse(new StringReader("der, artikel\nvelo, fahrrad"), false, true, false, analyzer))
                .isInstanceOf(ParseException.class);
        }
    }

    @Test
    void lenientParsingSkipsOnlyTheBrokenRule() throws Exception {
        try (Analyzer analyzer = chain()) {
            SynonymMap map = LenientSynonymParsers.parse(new StringReader("der => artikel\nvelo, fahrrad"), false, true, true, analyzer);
            assertThat(Tokens.filter("velo", in -> new SynonymGraphFilter(in, map, false))).contains("fahrrad");
        }
    }

    @Test
    void wordnetFormatIsSupported() throws Exception {
        try (Analyzer analyzer = chain()) {
            String rules = "s(100000001,1,'velo',n,1,0).\ns(100000001,2,'fahrrad',n,1,0).\n";
            SynonymMap map = LenientSynonymParsers.parse(new StringReader(rules), true, true, false, analyzer);
            assertThat(Tokens.filter("velo", in -> new SynonymGraphFilter(in, map, false))).contains("fahrrad");
        }
    }
}
