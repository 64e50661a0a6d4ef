// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.elasticsearch.common.regex.Regex;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

/**
 * The char filters this plugin adds, keyed by Elastic's type names; the integration-test server has none.
 */
final class CharFilterProviders {

    private CharFilterProviders() {
    }

    static Map<String, AnalysisProvider<CharFilterFactory>> all() {
        Map<String, AnalysisProvider<CharFilterFactory>> charFilters = new TreeMap<>();
        charFilters.put("mapping", requiresAnalysisSettings((index, env, name, settings) -> {
            List<String> rules = Analysis.getWordList(env, settings, "mappings");
            if (rules == null) {
                throw new IllegalArgumentException("mapping requires either `mappings` or `mappings_path` to be configured");
            }
            NormalizeCharMap map = AnalysisStrings.mappingCharMap(rules);
            return FunctionCharFilterFactory.normalizing(name, reader -> new MappingCharFilter(map, reader));
        }));
        charFilters.put("html_strip", (index, env, name, settings) -> {
            Set<String> escapedTags = new HashSet<>(settings.getAsList("escaped_tags", List.of()));
            return FunctionCharFilterFactory.plain(name, reader -> new HTMLStripCharFilter(reader, escapedTags));
        });
        charFilters.put("pattern_replace", requiresAnalysisSettings((index, env, name, settings) -> {
            String pattern = settings.get("pattern");
            if (pattern == null) {
                throw new IllegalArgumentException("pattern is missing for [" + name + "] char filter of type 'pattern_replace'");
            }
            Pattern compiled = Regex.compile(pattern, settings.get("flags"));
            String replacement = settings.get("replacement", "");
            return FunctionCharFilterFactory.normalizing(name,
                reader -> new PatternReplaceCharFilter(compiled, replacement, reader));
        }));
        charFilters.put("icu_normalizer", (index, env, name, settings) -> {
            var normalizer = IcuNormalizers.normalizer(settings);
            return FunctionCharFilterFactory.normalizing(name, reader -> new ICUNormalizer2CharFilter(reader, normalizer));
        });
        return charFilters;
    }
}
