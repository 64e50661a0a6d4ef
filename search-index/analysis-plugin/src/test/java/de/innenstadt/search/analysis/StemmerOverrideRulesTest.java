// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StemmerOverrideRulesTest {

    private static final List<String> RULES = List.of("bucher, buchern => buch", "buche, buchen => buche");

    @TempDir
    Path home;

    @Test
    void overridesTheStemAndKeepsTheStemmerAway() throws IOException {
        StemmerOverrideMap overrides = StemmerOverrideRules.parse(RULES);

        assertThat(Tokens.filter("bucher buche buchen haus",
            in -> new GermanLightStemFilter(new StemmerOverrideFilter(in, overrides))))
            .containsExactly("buch", "buche", "buche", "haus");
    }

    @Test
    void withoutOverridesTheLightStemmerThrowsBooksAndBeechTogether() throws IOException {
        assertThat(Tokens.filter("bucher buche", GermanLightStemFilter::new)).containsExactly("buch", "buch");
    }

    @Test
    void theFirstRuleForAFormWins() throws IOException {
        StemmerOverrideMap overrides = StemmerOverrideRules.parse(List.of("rocke => rock", "rocke => rocken"));

        assertThat(Tokens.filter("rocke", in -> new StemmerOverrideFilter(in, overrides))).containsExactly("rock");
    }

    @Test
    void rejectsRulesElasticRejects() {
        for (String rule : List.of("bucher buch", "a => b => c", "bucher =>", " => buch", "a,, b => c", "a => b, c")) {
            assertThatIllegalArgumentException().as(rule).isThrownBy(() -> StemmerOverrideRules.parse(List.of(rule)))
                .withMessageContaining("Invalid Keyword override Rule");
        }
    }

    @Test
    void filterReadsInlineRules() throws IOException {
        TokenFilterFactory filter = provider().get(null, environment(), "stems", Settings.builder().putList("rules", RULES).build());

        assertThat(Tokens.filter("buchen", filter::create)).containsExactly("buche");
    }

    @Test
    void filterReadsARuleFileBelowTheConfigFolderAndSkipsComments() throws IOException {
        Environment environment = environment();
        Path rules = environment.configDir().resolve("analysis/stems.txt");
        Files.createDirectories(rules.getParent());
        Files.write(rules, List.of("# SPDX-License-Identifier: CC-BY-SA-4.0", "bucher, buchern => buch", ""));

        TokenFilterFactory filter = provider().get(null, environment, "stems",
            Settings.builder().put("rules_path", "analysis/stems.txt").build());

        assertThat(Tokens.filter("buchern", filter::create)).containsExactly("buch");
    }

    @Test
    void filterWithoutRulesIsRefused() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> provider().get(null, environment(), "stems", Settings.EMPTY))
            .withMessageContaining("`rules` or `rules_path`");
    }

    @Test
    void needsAnalysisSettingsAsInElastic() {
        assertThat(provider().requiresAnalysisSettings()).isTrue();
    }

    private Environment environment() {
        return new Environment(Settings.builder().put("path.home", home.toString()).build(), home.resolve("config"));
    }

    private static AnalysisProvider<TokenFilterFactory> provider() {
        return new InnenstadtAnalysisPlugin().getTokenFilters().get("stemmer_override");
    }
}
