// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
