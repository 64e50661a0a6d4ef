// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PickupCodesTest {

    @Test
    void codesAvoidCharactersThatLookOrSoundAlike() {
        for (int i = 0; i < 2_000; i++) {
            assertThat(PickupCodes.newCode()).hasSize(6).doesNotContainPattern("[01OIL]").matches("[A-Z2-9]{6}");
        }
    }

    @Test
    void tokensAreLongAndDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String token = PickupCodes.newToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1_000);
    }

    @Test
    void qrCodesAreInlineSvgWithATextAlternative() {
        String svg = QrCode.svg("http://localhost:8080/reservation?token=abc", "QR-Code der Reservierung");
        assertThat(svg).startsWith("<svg").contains("aria-label=\"QR-Code der Reservierung\"").contains("<path");
    }
}
