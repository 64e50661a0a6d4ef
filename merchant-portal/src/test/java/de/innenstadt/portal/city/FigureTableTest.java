// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTableTest {

    @Test
    void theCsvHoldsTheDataNotThePageTextWithSemicolonsAndABom() {
        FigureTable table = new FigureTable("demand", "Suchen ohne Treffer", List.of("Suchbegriff", "Suchen"),
                List.of(List.of("lego technic", "1.042"), List.of("a;b \"c\"", "< 5")),
                List.of("term", "searches"), List.of(List.of("lego technic", "1042"), List.of("a;b \"c\"", "")));

        assertThat(table.toCsv()).isEqualTo("\uFEFFterm;searches\r\nlego technic;1042\r\n\"a;b \"\"c\"\"\";\r\n");
    }

    @Test
    void searchTermsCannotBecomeSpreadsheetFormulas() {
        FigureTable table = new FigureTable("demand", "x", List.of("term", "n"), List.of(),
                List.of("term", "change_percent"), List.of(List.of("=HYPERLINK(\"x\")", "5"), List.of("-12.0", "+3.5")));

        assertThat(table.toCsv()).contains("'=HYPERLINK(\"\"x\"\")").contains("-12.0;+3.5");
    }
}
