// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTableTest {

    @Test
    void theCsvIsTheTableWithSemicolonsAndABom() {
        FigureTable table = new FigureTable("demand", "Suchen ohne Treffer", List.of("Suchbegriff", "Suchen"),
                List.of(List.of("lego technic", "42"), List.of("a;b \"c\"", "< 5")));

        assertThat(table.toCsv()).isEqualTo("\uFEFFSuchbegriff;Suchen\r\nlego technic;42\r\n\"a;b \"\"c\"\"\";< 5\r\n");
    }

    @Test
    void searchTermsCannotBecomeSpreadsheetFormulas() {
        FigureTable table = new FigureTable("demand", "x", List.of("term", "n"),
                List.of(List.of("=HYPERLINK(\"x\")", "5"), List.of("-12 %", "+3 %")));

        assertThat(table.toCsv()).contains("'=HYPERLINK(\"\"x\"\")").contains("-12 %;+3 %");
    }
}
