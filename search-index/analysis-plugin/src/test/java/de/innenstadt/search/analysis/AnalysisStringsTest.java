// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AnalysisStringsTest {

    @Test
    void parsesRuleAndTrimsBothSides() {
        assertThat(AnalysisStrings.parseRule("  ph =>  f ")).isEqualTo(new AnalysisStrings.Rule("ph", "f"));
    }

    @Test
    void allowsAnEmptyReplacement() {
        assertThat(AnalysisStrings.parseRule("- =>").right()).isEmpty();
    }

    @Test
    void rejectsRulesWithoutArrowOrSource() {
        assertThatIllegalArgumentException().isThrownBy(() -> AnalysisStrings.parseRule("ph f"));
        assertThatIllegalArgumentException().isThrownBy(() -> AnalysisStrings.parseRule(" => f"));
    }

    @Test
    void unescapesJavaLikeEscapes() {
        assertThat(AnalysisStrings.unescape("\\u00e4\\t\\\\x")).isEqualTo("ä\t\\x");
        assertThat(AnalysisStrings.parseRule("\\u0026 => und")).isEqualTo(new AnalysisStrings.Rule("&", "und"));
    }

    @Test
    void mappingCharMapReplacesText() throws IOException {
        var map = AnalysisStrings.mappingCharMap(List.of("ß => ss", "& => und"));
        try (Reader reader = new MappingCharFilter(map, new StringReader("Straße & Weg"))) {
            char[] buffer = new char[64];
            int n = reader.read(buffer);
            assertThat(new String(buffer, 0, n)).isEqualTo("Strasse und Weg");
        }
    }

    @Test
    void typeTableOverridesAndWidensTheDefault() throws IOException {
        byte[] table = AnalysisStrings.typeTable(List.of("- => ALPHA", "\\u2010 => ALPHA"));
        assertThat(table).hasSizeGreaterThan(0x2010);
        assertThat(table['-']).isEqualTo((byte) WordDelimiterIterator.ALPHA);
        assertThat(table['a']).isEqualTo(WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE['a']);
        int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS;
        assertThat(Tokens.filter("USB-C", in -> new WordDelimiterGraphFilter(in, true, table, flags, null)))
            .containsExactly("USB-C");
    }

    @Test
    void typeTableRejectsUnknownTypes() {
        assertThatIllegalArgumentException().isThrownBy(() -> AnalysisStrings.typeTable(List.of("- => VOWEL")));
        assertThatIllegalArgumentException().isThrownBy(() -> AnalysisStrings.typeTable(List.of("ab => ALPHA")));
    }
}
