// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerConfig;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.elasticsearch.common.regex.Regex;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The tokenizers this plugin adds, keyed by Elastic's type names.
 *
 * <p>The integration-test server only has {@code standard}; even {@code keyword} and {@code whitespace} live in
 * Elastic's analysis-common module, so they are supplied here as well.
 */
final class TokenizerProviders {

    private TokenizerProviders() {
    }

    static Map<String, AnalysisProvider<TokenizerFactory>> all() {
        Map<String, AnalysisProvider<TokenizerFactory>> tokenizers = new TreeMap<>();
        tokenizers.put("keyword", (index, env, name, settings) -> {
            int bufferSize = settings.getAsInt("buffer_size", KeywordTokenizer.DEFAULT_BUFFER_SIZE);
            return TokenizerFactory.newFactory(name, () -> new KeywordTokenizer(bufferSize));
        });
        tokenizers.put("whitespace", (index, env, name, settings) -> {
            int maxTokenLength = maxTokenLength(settings);
            return TokenizerFactory.newFactory(name,
                () -> new WhitespaceTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, maxTokenLength));
        });
        tokenizers.put("letter", (index, env, name, settings) -> TokenizerFactory.newFactory(name, LetterTokenizer::new));
        tokenizers.put("uax_url_email", (index, env, name, settings) -> {
            int maxTokenLength = maxTokenLength(settings);
            return TokenizerFactory.newFactory(name, () -> {
                UAX29URLEmailTokenizer tokenizer = new UAX29URLEmailTokenizer();
                tokenizer.setMaxTokenLength(maxTokenLength);
                return tokenizer;
            });
        });
        tokenizers.put("pattern", (index, env, name, settings) -> {
            Pattern pattern = Regex.compile(settings.get("pattern", "\\W+"), settings.get("flags"));
            int group = settings.getAsInt("group", -1);
            return TokenizerFactory.newFactory(name, () -> new PatternTokenizer(pattern, group));
        });
        tokenizers.put("ngram", (index, env, name, settings) -> {
            int minGram = settings.getAsInt("min_gram", NGramTokenizer.DEFAULT_MIN_NGRAM_SIZE);
            int maxGram = settings.getAsInt("max_gram", NGramTokenizer.DEFAULT_MAX_NGRAM_SIZE);
            AnalysisLimits.checkNgramDiff(index, minGram, maxGram, "NGram Tokenizer");
            TokenChars chars = tokenChars(settings);
            return TokenizerFactory.newFactory(name, () -> new NGramTokenizer(minGram, maxGram) {
                @Override
                protected boolean isTokenChar(int chr) {
                    return chars.test(chr);
                }
            });
        });
        tokenizers.put("edge_ngram", (index, env, name, settings) -> {
            int minGram = settings.getAsInt("min_gram", EdgeNGramTokenizer.DEFAULT_MIN_GRAM_SIZE);
            int maxGram = settings.getAsInt("max_gram", EdgeNGramTokenizer.DEFAULT_MAX_GRAM_SIZE);
            TokenChars chars = tokenChars(settings);
            return TokenizerFactory.newFactory(name, () -> new EdgeNGramTokenizer(minGram, maxGram) {
                @Override
                protected boolean isTokenChar(int chr) {
                    return chars.test(chr);
                }
            });
        });
        tokenizers.put("icu_tokenizer", (index, env, name, settings) -> {
            ICUTokenizerConfig config = new DefaultICUTokenizerConfig(true, true);
            return TokenizerFactory.newFactory(name, () -> new ICUTokenizer(config));
        });
        return tokenizers;
    }

    private static int maxTokenLength(Settings settings) {
        return settings.getAsInt("max_token_length", StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH);
    }

    private static TokenChars tokenChars(Settings settings) {
        return TokenChars.parse(settings.getAsList("token_chars", List.of()), settings.get("custom_token_chars"));
    }
}
