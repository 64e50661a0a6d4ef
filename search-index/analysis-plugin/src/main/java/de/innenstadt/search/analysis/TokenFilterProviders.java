// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.common.regex.Regex;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

/**
 * The token filters this plugin adds, keyed by Elastic's type names.
 *
 * <p>Only names the integration-test server lacks are listed: it already has {@code stop} (with
 * {@code _german_}), {@code shingle}, {@code hunspell} and a settings-free {@code lowercase}; registering any of
 * these again would stop the node at startup. {@code lowercase} is registered as a configurable type anyway
 * because the server only has it as a pre-configured filter, which ignores {@code language}.
 */
final class TokenFilterProviders {

    private TokenFilterProviders() {
    }

    static Map<String, AnalysisProvider<TokenFilterFactory>> all() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new TreeMap<>();
        filters.put("german_normalization", normalizing(GermanNormalizationFilter::new));
        filters.put("asciifolding", (index, env, name, settings) -> new AsciiFoldingTokenFilterFactory(name, settings));
        filters.put("lowercase", (index, env, name, settings) ->
            FunctionTokenFilterFactory.normalizing(name, lowercase(settings.get("language"))));
        filters.put("uppercase", normalizing(UpperCaseFilter::new));
        filters.put("decimal_digit", normalizing(DecimalDigitFilter::new));
        filters.put("icu_folding", (index, env, name, settings) -> {
            var normalizer = IcuNormalizers.folding(settings);
            return FunctionTokenFilterFactory.normalizing(name, in -> new ICUFoldingFilter(in, normalizer));
        });
        filters.put("icu_normalizer", (index, env, name, settings) -> {
            var normalizer = IcuNormalizers.normalizer(settings);
            return FunctionTokenFilterFactory.normalizing(name, in -> new ICUNormalizer2Filter(in, normalizer));
        });
        filters.put("stemmer", (index, env, name, settings) -> {
            String language = settings.get("language", settings.get("name", "english"));
            return FunctionTokenFilterFactory.plain(name, StemmerLanguages.forLanguage(language));
        });
        filters.put("porter_stem", plain(PorterStemFilter::new));
        filters.put("kstem", plain(KStemFilter::new));
        filters.put("keyword_repeat", plain(KeywordRepeatFilter::new));
        filters.put("trim", plain(TrimFilter::new));
        filters.put("reverse", plain(ReverseStringFilter::new));
        filters.put("remove_duplicates", plain(RemoveDuplicatesTokenFilter::new));
        filters.put("unique", (index, env, name, settings) -> {
            boolean samePosition = settings.getAsBoolean("only_on_same_position", false);
            return FunctionTokenFilterFactory.plain(name, in -> new UniqueTokenFilter(in, samePosition));
        });
        filters.put("length", (index, env, name, settings) -> {
            int min = settings.getAsInt("min", 0);
            int max = settings.getAsInt("max", Integer.MAX_VALUE);
            return FunctionTokenFilterFactory.plain(name, in -> new LengthFilter(in, min, max));
        });
        filters.put("truncate", (index, env, name, settings) -> {
            int length = settings.getAsInt("length", 10);
            if (length <= 0) {
                throw new IllegalArgumentException("length parameter must be provided and greater than 0");
            }
            return FunctionTokenFilterFactory.plain(name, in -> new TruncateTokenFilter(in, length));
        });
        filters.put("limit", (index, env, name, settings) -> {
            int max = settings.getAsInt("max_token_count", 1);
            boolean consumeAll = settings.getAsBoolean("consume_all_tokens", false);
            return FunctionTokenFilterFactory.plain(name, in -> new LimitTokenCountFilter(in, max, consumeAll));
        });
        filters.put("keyword_marker", requiresAnalysisSettings((index, env, name, settings) -> {
            String pattern = settings.get("keywords_pattern");
            CharArraySet keywords = Analysis.getWordSet(env, settings, "keywords");
            if (pattern != null && keywords != null) {
                throw new IllegalArgumentException("cannot specify both `keywords_pattern` and `keywords` or `keywords_path`");
            }
            if (pattern != null) {
                Pattern compiled = Pattern.compile(pattern);
                return FunctionTokenFilterFactory.plain(name, in -> new PatternKeywordMarkerFilter(in, compiled));
            }
            if (keywords == null) {
                throw new IllegalArgumentException("keyword filter requires either `keywords`, `keywords_path`, or `keywords_pattern` to be configured");
            }
            CharArraySet marked = settings.getAsBoolean("ignore_case", false) ? new CharArraySet(keywords, true) : keywords;
            return FunctionTokenFilterFactory.plain(name, in -> new SetKeywordMarkerFilter(in, marked));
        }));
        filters.put("stemmer_override", requiresAnalysisSettings((index, env, name, settings) -> {
            List<String> rules = Analysis.getWordList(env, settings, "rules");
            if (rules == null) {
                throw new IllegalArgumentException("stemmer override filter requires either `rules` or `rules_path` to be configured");
            }
            StemmerOverrideMap overrides = StemmerOverrideRules.parse(rules);
            return FunctionTokenFilterFactory.plain(name, in -> new StemmerOverrideFilter(in, overrides));
        }));
        filters.put("pattern_replace", requiresAnalysisSettings((index, env, name, settings) -> {
            String pattern = settings.get("pattern");
            if (pattern == null) {
                throw new IllegalArgumentException("pattern is missing for [" + name + "] token filter of type 'pattern_replace'");
            }
            Pattern compiled = Regex.compile(pattern, settings.get("flags"));
            String replacement = settings.get("replacement", "");
            boolean all = settings.getAsBoolean("all", true);
            return FunctionTokenFilterFactory.plain(name, in -> new PatternReplaceFilter(in, compiled, replacement, all));
        }));
        filters.put("edge_ngram", (index, env, name, settings) -> new NGramTokenFilterFactory(index, name, settings, true));
        filters.put("ngram", (index, env, name, settings) -> new NGramTokenFilterFactory(index, name, settings, false));
        filters.put("dictionary_decompounder", requiresAnalysisSettings((index, env, name, settings) ->
            new CompoundWordTokenFilterFactory(env, name, settings, false)));
        filters.put("hyphenation_decompounder", requiresAnalysisSettings((index, env, name, settings) ->
            new CompoundWordTokenFilterFactory(env, name, settings, true)));
        filters.put("word_delimiter_graph", (index, env, name, settings) ->
            new WordDelimiterTokenFilterFactory(env, name, settings, true));
        filters.put("word_delimiter", (index, env, name, settings) ->
            new WordDelimiterTokenFilterFactory(env, name, settings, false));
        filters.put("synonym_graph", requiresAnalysisSettings((index, env, name, settings) ->
            new SynonymTokenFilterFactory(env, name, settings, true)));
        filters.put("synonym", requiresAnalysisSettings((index, env, name, settings) ->
            new SynonymTokenFilterFactory(env, name, settings, false)));
        return filters;
    }

    private static AnalysisProvider<TokenFilterFactory> plain(Function<TokenStream, TokenStream> filter) {
        return (index, env, name, settings) -> FunctionTokenFilterFactory.plain(name, filter);
    }

    private static AnalysisProvider<TokenFilterFactory> normalizing(Function<TokenStream, TokenStream> filter) {
        return (index, env, name, settings) -> FunctionTokenFilterFactory.normalizing(name, filter);
    }

    private static Function<TokenStream, TokenStream> lowercase(String language) {
        if (language == null) {
            return LowerCaseFilter::new;
        }
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "greek" -> GreekLowerCaseFilter::new;
            case "irish" -> IrishLowerCaseFilter::new;
            case "turkish" -> TurkishLowerCaseFilter::new;
            default -> throw new IllegalArgumentException("language [" + language + "] not supported for lower case, use greek, irish or turkish");
        };
    }
}
