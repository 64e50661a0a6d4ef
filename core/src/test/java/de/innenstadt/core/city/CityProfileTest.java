// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CityProfileTest {

    @ParameterizedTest
    @ValueSource(strings = {"kaiserslautern", "zweibruecken"})
    void bundledProfilesAreComplete(String slug) {
        CityProfile profile = CityProfile.load(slug);
        assertThat(profile.slug()).isEqualTo(slug);
        assertThat(profile.region()).isEqualTo(Region.RP);
        assertThat(profile.pages()).containsOnlyKeys(CityProfile.REQUIRED_PAGES);
        profile.pages().values().forEach(byLocale -> assertThat(byLocale).containsOnlyKeys(CityProfile.LOCALES));
    }

    /**
     * The parts the EU model accessibility statement (Implementing Decision (EU) 2018/1523) asks for: the status,
     * what is not accessible, date and method, a feedback contact and the enforcement body, reachable by link.
     */
    @ParameterizedTest
    @ValueSource(strings = {"kaiserslautern", "zweibruecken"})
    void bundledAccessibilityStatementsHaveThePartsOfTheModelStatement(String slug) {
        Map<String, CityProfile.Page> statement = CityProfile.load(slug).pages().get("accessibility");
        assertThat(statement.get("de").bodyHtml()).contains("teilweise vereinbar", "<h2>Nicht barrierefreie Inhalte</h2>", "<li>",
                "am 7. Dezember 2026 erstellt", "Selbstbewertung", "href=\"mailto:innenstadt@", "<h2>Durchsetzungsverfahren</h2>",
                "href=\"mailto:durchsetzungsstelle@mastd.rlp.de\"", "BITV RP", "WCAG 2.2");
        assertThat(statement.get("en").bodyHtml()).contains("partially compliant", "<h2>Non-accessible content</h2>", "<li>",
                "prepared on 7 December 2026", "self-assessment", "href=\"mailto:innenstadt@", "<h2>Enforcement procedure</h2>",
                "href=\"mailto:durchsetzungsstelle@mastd.rlp.de\"", "BITV RP", "WCAG 2.2");
        assertThat(statement.values()).allSatisfy(page -> assertThat(page.bodyHtml()).doesNotContain("BITV 2.0", "WCAG 2.1"));
    }

    @Test
    void aSecondTownsProfileMentionsNothingOfKaiserslautern() {
        CityProfile profile = CityProfile.load("zweibruecken");
        assertThat(profile.toString()).doesNotContain("Kaiserslautern");
        assertThat(profile.name()).isEqualTo("Zweibrücken");
    }

    @Test
    void unknownProfilesNameTheSetting() {
        assertThatThrownBy(() -> CityProfile.load("atlantis"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("innenstadt.city");
    }

    @Test
    void aFolderProfileMustHaveEveryLegalPage(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("city.properties"), "slug=x\nname=X\n");
        assertThatThrownBy(() -> CityProfile.load(folder.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("imprint.de.html");
    }

    /** Places to measure distances from are optional; Kaiserslautern's lie within walking distance of its centre. */
    @Test
    void startingPointsAreNamedInBothLanguagesAndLieInTheCentre() {
        CityProfile profile = CityProfile.load("kaiserslautern");

        assertThat(profile.startingPoints()).extracting(p -> p.name(Locale.GERMAN))
                .containsExactly("Stiftsplatz", "Hauptbahnhof", "Rathaus");
        assertThat(profile.startingPoints()).extracting(p -> p.name(Locale.ENGLISH)).contains("Main station");
        assertThat(profile.startingPoints()).allSatisfy(p -> assertThat(p.point().distanceKm(profile.mapCenter())).isLessThan(1.5));
        assertThat(CityProfile.load("zweibruecken").startingPoints()).isEmpty();
    }
}
