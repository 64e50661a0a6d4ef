// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.German2Stemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Maps the {@code language} values of the {@code stemmer} token filter to Lucene stemmers.
 *
 * <p>The names and the algorithm behind each follow Elastic's stemmer documentation (e.g. {@code english} is the
 * Porter stemmer, {@code light_german} Savoy's light stemmer), so that an index stems the same way with this plugin
 * as on a production server.
 */
final class StemmerLanguages {

    private static final Map<String, Function<TokenStream, TokenStream>> STEMMERS = Map.ofEntries(
        Map.entry("german", snowball(GermanStemmer::new)),
        Map.entry("german2", snowball(German2Stemmer::new)),
        Map.entry("light_german", GermanLightStemFilter::new),
        Map.entry("minimal_german", GermanMinimalStemFilter::new),
        Map.entry("english", PorterStemFilter::new),
        Map.entry("porter2", snowball(EnglishStemmer::new)),
        Map.entry("light_english", KStemFilter::new),
        Map.entry("minimal_english", EnglishMinimalStemFilter::new),
        Map.entry("possessive_english", EnglishPossessiveFilter::new),
        Map.entry("dutch", snowball(DutchStemmer::new)),
        Map.entry("danish", snowball(DanishStemmer::new)),
        Map.entry("french", snowball(FrenchStemmer::new)),
        Map.entry("light_french", FrenchLightStemFilter::new),
        Map.entry("minimal_french", FrenchMinimalStemFilter::new),
        Map.entry("italian", snowball(ItalianStemmer::new)),
        Map.entry("light_italian", ItalianLightStemFilter::new),
        Map.entry("spanish", snowball(SpanishStemmer::new)),
        Map.entry("light_spanish", SpanishLightStemFilter::new));

    private StemmerLanguages() {
    }

    /**
     * Returns the stemming step for a language.
     *
     * @throws IllegalArgumentException for an unknown language, naming the supported ones
     */
    static Function<TokenStream, TokenStream> forLanguage(String language) {
        Function<TokenStream, TokenStream> stemmer = STEMMERS.get(language.toLowerCase(Locale.ROOT));
        if (stemmer == null) {
            throw new IllegalArgumentException("Unknown stemmer language [" + language + "], supported: " + supported());
        }
        return stemmer;
    }

    /** The supported language names, sorted. */
    static Set<String> supported() {
        return new TreeSet<>(STEMMERS.keySet());
    }

    private static Function<TokenStream, TokenStream> snowball(Supplier<SnowballStemmer> stemmer) {
        return in -> new SnowballFilter(in, stemmer.get());
    }
}
