// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary as shipped, run through Lucene's own synonym parser and stem override filter in the order of our
 * search chain: the retail senses the issue asked for, and none of the senses it complained about.
 */
class GeneratedVocabularyTest {

    private static final String DIRECTORY = "/elasticsearch/vocabulary/";
    private static final List<String> SYNONYM_FILES = List.of("openthesaurus-retail.txt", "additions.txt");

    private static Analyzer synonymChain;
    private static Analyzer stemChain;
    private static List<SynonymRule> rules;
    private static RetailWords words;

    @BeforeAll
    static void loadVocabulary() throws IOException, ParseException {
        Analyzer beforeSynonyms = analyzer(false, UnaryOperator.identity());
        SolrSynonymParser parser = new SolrSynonymParser(true, true, beforeSynonyms);
        rules = new ArrayList<>();
        for (String file : SYNONYM_FILES) {
            String text = resource(file);
            parser.parse(new StringReader(text));
            text.lines().map(SynonymRule::parse).filter(Objects::nonNull).forEach(rules::add);
        }
        SynonymMap synonyms = parser.build();
        synonymChain = analyzer(false, in -> new SynonymGraphFilter(in, synonyms, true));

        StemmerOverrideFilter.Builder overrides = new StemmerOverrideFilter.Builder(false);
        resource("stems.txt").lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
            String[] sides = line.split("=>");
            for (String form : sides[0].split(",")) {
                overrides.add(form.trim(), sides[1].trim());
            }
        });
        StemmerOverrideFilter.StemmerOverrideMap stems = overrides.build();
        stemChain = analyzer(true, in -> new GermanLightStemFilter(new StemmerOverrideFilter(
                new ASCIIFoldingFilter(new GermanNormalizationFilter(in)), stems)));

        words = RetailWords.parse(resource("retail-anchors.txt").lines().toList(),
                resource("openthesaurus-exclusions.txt").lines().toList());
    }

    @AfterAll
    static void closeChains() {
        synonymChain.close();
        stemChain.close();
    }

    @Test
    void tempoFindsTissuesAndNotSpeed() {
        assertThat(expand("tempo")).contains("taschentuch").doesNotContain("geschwindigkeit", "takt");
        assertThat(expand("taschentuch")).contains("tempo");
        assertThat(expand("geschwindigkeit")).doesNotContain("tempo");
    }

    @Test
    void everydayWordsOfTheIssueFindTheGoods() {
        assertLinked("hoodie", "kapuzenpullover");
        assertLinked("hoodies", "kapuzenpullover");
        assertLinked("notebook", "laptop");
        assertLinked("sneaker", "turnschuh");
        assertLinked("sneakers", "turnschuh");
        assertLinked("plüschtier", "kuscheltier");
        assertLinked("teddy", "kuscheltier");
        assertLinked("pantoffeln", "hausschuhe");
        assertLinked("puschen", "hausschuhe");
        assertThat(expand("lebkuchen")).contains("elisenlebkuchen");
        assertThat(expand("spielzeuge")).contains("spielzeug", "kuscheltier");
    }

    @Test
    void palatinateWordsFindTheStandardOnes() {
        assertLinked("grumbeere", "kartoffeln");
        assertLinked("weck", "brötchen");
        assertLinked("schlappe", "hausschuhe");
    }

    @Test
    void noRuleContainsAnExcludedWord() {
        for (SynonymRule rule : rules) {
            assertThat(rule.allWords()).as(rule.toSolr()).doesNotContainAnyElementsOf(words.excluded());
            for (List<String> pair : words.excludedBeside()) {
                assertThat(rule.allWords().containsAll(pair)).as(rule.toSolr() + " has " + pair).isFalse();
            }
        }
    }

    @Test
    void booksAndBeechKeepDistinctStems() {
        assertThat(stem("Bücher")).isEqualTo("buch").isEqualTo(stem("Buch"));
        assertThat(stem("Buche")).isEqualTo("buche").isEqualTo(stem("Buchen"));
    }

    @Test
    void spielzeugeEndsAtSpielzeug() {
        assertThat(stem("Spielzeuge")).isEqualTo("spielzeug").isEqualTo(stem("Spielzeug"));
    }

    @Test
    void everyFileNamesItsLicence() throws IOException {
        for (String file : List.of("retail-anchors.txt", "openthesaurus-exclusions.txt", "openthesaurus-retail.txt",
                "additions.txt", "stems.txt")) {
            assertThat(resource(file)).as(file).startsWith("# SPDX-License-Identifier: ");
        }
    }

    private static void assertLinked(String query, String product) {
        assertThat(expand(query)).as(query + " finds " + product).contains(product);
    }

    private static List<String> expand(String query) {
        return terms(synonymChain, query);
    }

    private static String stem(String word) {
        return terms(stemChain, word).get(0);
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The standard tokenizer (or the whole input as one token), lower case, then the rest of the chain. */
    private static Analyzer analyzer(boolean wholeInput, UnaryOperator<TokenStream> rest) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = wholeInput ? new KeywordTokenizer() : new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, rest.apply(new LowerCaseFilter(tokenizer)));
            }
        };
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = GeneratedVocabularyTest.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IOException("Missing " + DIRECTORY + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
