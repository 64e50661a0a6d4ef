// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import static de.innenstadt.search.vocabulary.Nouns.oblique;
import static de.innenstadt.search.vocabulary.Nouns.plural;
import static de.innenstadt.search.vocabulary.Nouns.singular;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class StemOverridesTest {

    private static final GermanChain CHAIN = new GermanChain();

    private static final NounLexicon LEXICON = new NounLexicon(List.of(
            singular("Buch"), plural("Bücher", "Buch"), oblique("Buches", "Buch", false), oblique("Büchern", "Buch", true),
            oblique("Buche", "Buch", false),
            singular("Buche"), plural("Buchen", "Buche"),
            singular("Spielzeug"), plural("Spielzeuge", "Spielzeug"),
            singular("Socke"), plural("Socken", "Socke"), singular("Socken"),
            singular("Museum"), plural("Museen", "Museum"),
            singular("Küche"), plural("Küchen", "Küche"),
            singular("Kuchen"), plural("Kuchen", "Kuchen"),
            singular("Glas"), plural("Gläser", "Glas"), singular("Glaser"), plural("Glaser", "Glaser"),
            oblique("Glasers", "Glaser", false),
            singular("Ei"), plural("Eier", "Ei"), oblique("Eis", "Ei", false), singular("Eis"),
            singular("Reis"), plural("Reis", "Real"), singular("Real"), plural("Reals", "Real")));

    @AfterAll
    static void closeChain() {
        CHAIN.close();
    }

    /** What the index chain makes of a word with these rules in front of the stemmer. */
    private static String stemmed(String word, StemOverrides.Report report) {
        Map<String, String> overrides = new HashMap<>();
        report.rules().forEach(rule -> rule.forms().forEach(form -> overrides.put(form, rule.stem())));
        String normalized = CHAIN.normalize(word);
        return overrides.getOrDefault(normalized, CHAIN.stem(normalized));
    }

    private static StemOverrides.Report build(String... wanted) {
        return new StemOverrides(LEXICON, CHAIN).build(List.of(wanted));
    }

    @Test
    void theStemmerAloneThrowsBuchAndBucheTogether() {
        assertThat(CHAIN.stem(CHAIN.normalize("Bücher"))).isEqualTo(CHAIN.stem(CHAIN.normalize("Buche")));
    }

    @Test
    void buchAndBucheKeepDistinctStems() {
        StemOverrides.Report report = build("Buch");

        assertThat(stemmed("Bücher", report)).isEqualTo("buch");
        assertThat(stemmed("Büchern", report)).isEqualTo("buch");
        assertThat(stemmed("Buch", report)).isEqualTo("buch");
        assertThat(stemmed("Buche", report)).isEqualTo("buche");
        assertThat(stemmed("Buchen", report)).isEqualTo("buche");
        assertThat(report.rivalLemmas()).as("Buche is found as Buch's rival without being asked for").isEqualTo(1);
    }

    @Test
    void aRuleListsOnlyTheFormsTheStemmerGetsWrong() {
        assertThat(build("Buch").rules()).extracting(StemOverrides.StemRule::toRule).containsExactly("buche, buchen => buche");
    }

    @Test
    void spielzeugeEndsAtSpielzeug() {
        StemOverrides.Report report = build("Spielzeug");

        assertThat(stemmed("Spielzeuge", report)).isEqualTo("spielzeug").isEqualTo(stemmed("Spielzeug", report));
    }

    @Test
    void irregularPluralsAreBroughtHome() {
        StemOverrides.Report report = build("Museum");

        assertThat(stemmed("Museen", report)).isEqualTo(stemmed("Museum", report));
    }

    @Test
    void aLemmaSpelledLikeAnotherOnesPluralIsAVariantNotARival() {
        StemOverrides.Report report = build("Socke");

        assertThat(stemmed("Socken", report)).isEqualTo(stemmed("Socke", report));
    }

    @Test
    void kuchenAndKuecheStayApartWhereTheirFormsDiffer() {
        StemOverrides.Report report = build("Kuchen", "Küche");

        assertThat(stemmed("Kuchen", report)).isNotEqualTo(stemmed("Küche", report));
        assertThat(stemmed("Küchen", report)).as("folded to kuchen, the cake wins").isEqualTo(stemmed("Kuchen", report));
    }

    @Test
    void aFoldedPluralStaysWithTheWantedLemma() {
        StemOverrides.Report report = build("Glas");

        assertThat(stemmed("Gläser", report)).isEqualTo(stemmed("Glas", report));
        assertThat(stemmed("Glasers", report)).as("the glazier keeps his own stem").isNotEqualTo(stemmed("Glas", report));
    }

    @Test
    void aFormSpelledLikeAnotherNounGoesToThatNoun() {
        StemOverrides.Report report = build("Ei");

        assertThat(stemmed("Eis", report)).as("ice cream, not the genitive of egg").isNotEqualTo(stemmed("Ei", report));
    }

    @Test
    void lemmasTheStemmerKeepsApartAreNoVariants() {
        StemOverrides.Report report = build("Reis");

        assertThat(stemmed("Real", report)).as("Reis is a plural of the currency Real").isNotEqualTo(stemmed("Reis", report));
    }

    @Test
    void formsAreWrittenAsTheChainNormalisesThem() {
        assertThat(CHAIN.normalize("Bücher")).isEqualTo("bucher");
        assertThat(CHAIN.normalize("Straße")).isEqualTo("strasse");
        assertThat(CHAIN.normalize("Muesli")).isEqualTo("musli");
    }
}
