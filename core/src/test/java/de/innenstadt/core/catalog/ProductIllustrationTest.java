// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductIllustrationTest {

    @Test
    void aRedShoeIsTheShoePictogramInRed() {
        String svg = ProductIllustration.svg("schuhe", "Rot");

        assertThat(svg).startsWith("<svg xmlns='http://www.w3.org/2000/svg'").contains("fill='#c0392b'")
                .contains("M12 62").doesNotContain("<script").doesNotContain("href");
    }

    @Test
    void whatItDoesNotKnowIsDrawnNeutrallyAndNothingTypedGetsIn() {
        String svg = ProductIllustration.svg("<script>", "'/><script>alert(1)</script>");

        assertThat(svg).contains("#5c6b7a").doesNotContain("script").doesNotContain("alert");
    }
}
