// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingRuleTest {

    private static final GradingRule SHOES = GradingRule.parse(
            "2: type~/(schuh|schuhe|stiefel|sneaker|sandalen|slipper|pantoffeln)$/ ; 1: category=schuhe");

    private static Hit hit(String title, String brand, String category) {
        return Hit.of("4000000000000", title, brand, category, null, false);
    }

    @Test
    void aShoeIsTwoAShoeCareProductInTheShoeDepartmentOneAndWhatOnlySharesTheWordZero() {
        assertThat(SHOES.grade(hit("Laufschuhe Herren Neutral blau Gr. 44", "Sprintwerk", "sport"))).isEqualTo(2);
        assertThat(SHOES.grade(hit("Kinder Hausschuhe Filz marine Gr. 28", "Trittfest", "schuhe"))).isEqualTo(2);
        assertThat(SHOES.grade(hit("Imprägnierspray für Schuhe 200 ml", "Trittfest", "schuhe"))).isEqualTo(1);
        assertThat(SHOES.grade(hit("Schuhcreme schwarz 75 ml", "Trittfest", "schuhe"))).isEqualTo(1);
        assertThat(SHOES.grade(hit("Schuhregal Buche", "Wohnglück", "haushalt"))).isZero();
    }

    @Test
    void theHighestGradeWinsWhateverTheOrderOfTheClauses() {
        GradingRule lowFirst = GradingRule.parse("1: category=schuhe; 2: type~/schuhe$/");
        assertThat(lowFirst.grade(hit("Damen Halbschuhe Leder weiß Gr. 37", "Sohlenwerk", "schuhe"))).isEqualTo(2);
        assertThat(lowFirst.highestGrade()).isEqualTo(2);
    }

    @Test
    void andBindsTighterThanOrAndParenthesesAndNegationChangeThat() {
        Hit redRainJacket = hit("Regenjacke Unisex rot Gr. M", "Pfalzgarn", "mode");
        Hit blackWinterJacket = hit("Damen Winterjacke gefüttert schwarz Gr. M", "Pfalzgarn", "mode");
        assertThat(GradingRule.parse("2: title~/schwarz/ | type~/regenjacke$/ & title~/blau/").grade(blackWinterJacket))
                .isEqualTo(2);
        assertThat(GradingRule.parse("2: (title~/schwarz/ | type~/regenjacke$/) & title~/blau/").grade(blackWinterJacket))
                .isZero();
        assertThat(GradingRule.parse("2: type~/jacke$/ & !type~/winterjacke$/").grade(redRainJacket)).isEqualTo(2);
        assertThat(GradingRule.parse("2: type~/jacke$/ & !type~/winterjacke$/").grade(blackWinterJacket)).isZero();
        assertThat(GradingRule.parse("2: category!=mode").grade(redRainJacket)).isZero();
        assertThat(GradingRule.parse("2: type!~/winter/").grade(redRainJacket)).isEqualTo(2);
    }

    @Test
    void equalsComparesTheWholeFieldIgnoringCaseAndQuotesAllowSpaces() {
        Hit cover = hit("Smartphone Hülle TPU schwarz", "Voltwerk", "elektronik");
        assertThat(GradingRule.parse("2: type=\"Smartphone Hülle\"").grade(cover)).isEqualTo(2);
        assertThat(GradingRule.parse("2: type=smartphone").grade(cover)).isZero();
        assertThat(GradingRule.parse("2: brand=VOLTWERK").grade(cover)).isEqualTo(2);
    }

    @Test
    void aSlashInsideARegexIsWrittenWithABackslash() {
        Hit jeans = hit("Herren Jeans Slim Fit schwarz W32/L34", "Lautertaler", "mode");
        assertThat(GradingRule.parse("2: title~/w32\\/l34/").grade(jeans)).isEqualTo(2);
        assertThat(GradingRule.parse("2: title~/\\bw32\\b/").grade(jeans)).isEqualTo(2);
    }

    @Test
    void wordBoundariesKnowUmlautsSoFussballIsNotFoundInsideFussballschuhe() {
        GradingRule ball = GradingRule.parse("2: type~/^fußball\\b/");
        assertThat(ball.grade(hit("Fußball Größe 5 rot", "Betzesport", "sport"))).isEqualTo(2);
        assertThat(ball.grade(hit("Fußballschuhe Nocken rot Gr. 42", "Betzesport", "sport"))).isZero();
    }

    @Test
    void aDashIsTheRuleOfAQueryNothingShouldAnswer() {
        GradingRule nothing = GradingRule.parse(" - ");
        assertThat(nothing.clauses()).isEmpty();
        assertThat(nothing.highestGrade()).isZero();
        assertThat(nothing.grade(hit("Riesling trocken 0,75 l", "", "feinkost"))).isZero();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
            "''                            # must not be empty",
            "3: type~/schuh/               # column 1: expected a grade, 1 or 2",
            "2 type~/schuh/                # column 3: expected ':'",
            "2: colour=rot                 # column 4: unknown field 'colour'",
            "2: type~/schuh                # column 9: regex is not closed",
            "2: type~/(schuh/              # column 9: bad regex",
            "2: type/schuh/                # column 8: expected ~ (regex) or = (equals)",
            "2: (type~/a/ | type~/b/       # column 24: expected ')'",
            "2: type~/a/ ) ; 1: brand=x    # column 13: unexpected ')'",
            "2: brand=\"Pfalz              # column 10: quoted value is not closed",
            "2: category=                  # column 13: expected a value",
            "- 2: type~/a/                 # column 3: unexpected '2'"})
    void mistakesAreReportedWithTheirColumn(String rule, String message) {
        assertThatThrownBy(() -> GradingRule.parse(rule)).isInstanceOf(RuleSyntaxException.class)
                .hasMessageContaining(message);
    }
}
