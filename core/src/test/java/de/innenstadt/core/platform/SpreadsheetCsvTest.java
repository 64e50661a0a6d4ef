// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void quotesOnlyWhereNeededAndKeepsNumbersNumbers() {
        assertThat(SpreadsheetCsv.line(Arrays.asList("Müsli", "5,99", null, "-3", "Kaffee; gemahlen", "Zoll \"Fuß\"")))
                .isEqualTo("Müsli;5,99;;-3;\"Kaffee; gemahlen\";\"Zoll \"\"Fuß\"\"\"\r\n");
    }

    /** A feed or a shop name that a spreadsheet would run („=HYPERLINK(…)“) is written as text. */
    @Test
    void defusesFormulas() {
        assertThat(SpreadsheetCsv.line(List.of("=HYPERLINK(\"http://x\")", "@SUM(A1)", "+49 631", "-Rabatt")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\";'@SUM(A1);+49 631;'-Rabatt\r\n");
    }
}
