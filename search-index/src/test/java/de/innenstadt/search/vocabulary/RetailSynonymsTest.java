// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import static de.innenstadt.search.vocabulary.Nouns.plural;
import static de.innenstadt.search.vocabulary.Nouns.singular;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RetailSynonymsTest {

    private static final List<String> ANCHORS = List.of("[waren]", "Taschentuch", "Kapuzenpullover", "Hausschuh", "Gurke",
            "Handy", "Rock", "[oberbegriffe]", "Schuh");
    private static final List<String> EXCLUSIONS = List.of("schlumpf   # a toy figure", "set: rockmusik");

    private static final NounLexicon LEXICON = new NounLexicon(List.of(
            singular("Tempo"), plural("Tempos", "Tempo"),
            singular("Taschentuch"), plural("Taschentücher", "Taschentuch"),
            singular("Hausschuh"), plural("Hausschuhe", "Hausschuh"),
            singular("Pantoffel"), plural("Pantoffeln", "Pantoffel"),
            singular("Schuh"), plural("Schuhe", "Schuh"),
            singular("Tier"), plural("Tiere", "Tier"),
            singular("Kappe"), plural("Kappen", "Kappe")));

    private static final List<String> THESAURUS = List.of(
            "Tempo;Takt",
            "Zügigkeit;Schnelligkeit;Tempo;Geschwindigkeit",
            "Schnupftuch;Tempo (ugs., Markenname);Rotzfahne (derb);Schneuztuch (ugs., bair., österr.);Taschentuch",
            "Schlumpf (ugs.);Hoodie (ugs., engl.);Kapuzenpullover;Kapuzenpulli",
            "Pantoffeln;Puschen (ugs.);Hausschuhe",
            "Schlappen (ugs.);Latschen (ugs.);Schuh(e) (Hauptform)",
            "Cucumis sativus;Gurke",
            "Gurke (ugs.);Handy (Hauptform);Mobiltelefon",
            "Rock;Rockmusik",
            "Käse (ugs.);Quatsch (ugs.);Gurke (ugs.)",
            "kappen;abschneiden",
            "Taschentuch;ein Tuch für die Nase zum Schnäuzen");

    private final RetailSynonyms synonyms = new RetailSynonyms(RetailWords.parse(ANCHORS, EXCLUSIONS), LEXICON,
            THESAURUS.stream().map(ThesaurusTerm::parseLine).toList());

    private List<String> rules(String line) {
        return synonyms.rulesFor(ThesaurusTerm.parseLine(line)).rules().stream().map(SynonymRule::toSolr).toList();
    }

    private List<String> allRules() {
        return THESAURUS.stream().flatMap(line -> rules(line).stream()).toList();
    }

    @Test
    void tempoIsKeptOnlyInTheTissueSense() {
        assertThat(rules("Tempo;Takt")).isEmpty();
        assertThat(rules("Zügigkeit;Schnelligkeit;Tempo;Geschwindigkeit")).isEmpty();
        assertThat(rules("Schnupftuch;Tempo (ugs., Markenname);Rotzfahne (derb);Schneuztuch (ugs., bair., österr.);Taschentuch"))
                .containsExactly("schnupftuch, tempo, tempos, taschentuch, taschentücher");
    }

    @Test
    void offensiveAndForeignRegionalWordsAreDropped() {
        assertThat(allRules()).noneMatch(rule -> rule.contains("rotzfahne") || rule.contains("schneuztuch"));
    }

    @Test
    void excludedWordsNeverReachARule() {
        assertThat(rules("Schlumpf (ugs.);Hoodie (ugs., engl.);Kapuzenpullover;Kapuzenpulli"))
                .containsExactly("hoodie, kapuzenpullover, kapuzenpulli");
    }

    @Test
    void aSetMarkedAsAWrongSenseIsDroppedWhole() {
        assertThat(synonyms.rulesFor(ThesaurusTerm.parseLine("Rock;Rockmusik")).verdict())
                .isEqualTo(RetailSynonyms.Verdict.WRONG_SENSE);
    }

    @Test
    void aColloquialWordWhosePlainMeaningIsAnotherProductIsDropped() {
        assertThat(rules("Gurke (ugs.);Handy (Hauptform);Mobiltelefon")).containsExactly("handy, mobiltelefon");
    }

    @Test
    void onlyAPlainMemberAnchorsASet() {
        assertThat(rules("Käse (ugs.);Quatsch (ugs.);Gurke (ugs.)")).as("nonsense is not a cucumber").isEmpty();
    }

    @Test
    void lowerCaseWordsAreNotTakenForNouns() {
        assertThat(rules("kappen;abschneiden")).as("the verb kappen is not the plural of Kappe").isEmpty();
    }

    @Test
    void pluralsAndSingularsAreBothWritten() {
        assertThat(rules("Pantoffeln;Puschen (ugs.);Hausschuhe"))
                .containsExactly("pantoffeln, pantoffel, puschen, hausschuhe, hausschuh");
    }

    @Test
    void aBroadWordIsOnlyReachedOneWay() {
        assertThat(rules("Schlappen (ugs.);Latschen (ugs.);Schuh(e) (Hauptform)"))
                .containsExactly("schlappen, latschen", "schuh, schuhe => schuh, schuhe, schlappen, latschen");
    }

    @Test
    void longPhrasesAreDropped() {
        assertThat(rules("Taschentuch;ein Tuch für die Nase zum Schnäuzen")).isEmpty();
    }

    @Test
    void aCompoundMissingFromTheLexiconIsInflectedAtItsHead() {
        assertThat(LEXICON.nominativeFormsOf("Plüschtier")).containsExactly("plüschtier", "plüschtiere");
        assertThat(LEXICON.nominativeFormsOf("Hausschuhe")).containsExactly("hausschuh", "hausschuhe");
    }

    @Test
    void everyRuleIsLowerCase() {
        assertThat(allRules()).isNotEmpty().allMatch(rule -> rule.equals(rule.toLowerCase(Locale.GERMAN)));
    }
}
