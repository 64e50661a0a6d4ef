// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.city.CitySynonyms.Problem;
import de.innenstadt.core.city.CitySynonyms.Reason;
import org.junit.jupiter.api.Test;

class CitySynonymsTest {

    @Test
    void rulesAsAdminsTypeThemAreReadInTheFormSearchUses() {
        CitySynonyms.Reading reading = CitySynonyms.read("""
                # Wörter aus der Pfalz
                Tempo,Taschentücher
                  grumbeere ,  kartoffeln
                weck => brötchen

                lauf schuhe, laufschuhe
                """);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rules()).containsExactly("tempo, taschentücher", "grumbeere, kartoffeln", "weck => brötchen",
                "lauf schuhe, laufschuhe");
    }

    @Test
    void linesThatAreNoRuleAreNamedByNumber() {
        CitySynonyms.Reading reading = CitySynonyms.read("""
                tempo, taschentücher
                nur ein wort
                a => b => c
                a,,b
                => brötchen
                weck =>
                pulli, pullover,
                """ + "x, " + "y".repeat(400));

        assertThat(reading.rules()).containsExactly("tempo, taschentücher");
        assertThat(reading.problems()).containsExactly(new Problem(2, Reason.NOT_A_RULE), new Problem(3, Reason.NOT_A_RULE),
                new Problem(4, Reason.NOT_A_RULE), new Problem(5, Reason.NOT_A_RULE), new Problem(6, Reason.NOT_A_RULE),
                new Problem(7, Reason.NOT_A_RULE), new Problem(8, Reason.TOO_LONG));
    }
}
