// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InnenstadtAnalysisPluginTest {

    private final InnenstadtAnalysisPlugin plugin = new InnenstadtAnalysisPlugin();

    @Test
    void registersTheNamesOurIndexNeeds() {
        assertThat(plugin.getAnalyzers()).containsKey("german");
        assertThat(plugin.getTokenFilters()).containsKeys("german_normalization", "stemmer", "asciifolding",
            "edge_ngram", "ngram", "dictionary_decompounder", "hyphenation_decompounder", "word_delimiter_graph",
            "synonym", "synonym_graph", "icu_folding", "trim", "unique");
        assertThat(plugin.getTokenizers()).containsKeys("edge_ngram", "ngram", "pattern", "icu_tokenizer", "keyword", "whitespace");
        assertThat(plugin.getCharFilters()).containsKeys("mapping", "html_strip");
    }

    /** The server registers these itself; registering them again would stop the node at startup. */
    @Test
    void leavesTheServersOwnNamesAlone() {
        assertThat(plugin.getTokenFilters()).doesNotContainKeys("stop", "shingle", "hunspell", "standard");
        assertThat(plugin.getTokenizers()).doesNotContainKey("standard");
        assertThat(plugin.getAnalyzers()).doesNotContainKeys("standard", "simple", "stop", "whitespace", "keyword", "default");
    }
}
