// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductImagesTest {

    private static final String SHA = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";

    @Test
    void aStoredPhotoIsShownAtTheAddressOfItsVersion() {
        assertThat(ProductImages.shownImage(42, "https://example.org/bild.jpg", SHA)).isEqualTo("/images/product/42/v3a7bd3e2360a");
        assertThat(ProductImages.shownImage(42, "https://example.org/bild.jpg", null)).as("not fetched yet").isNull();
        assertThat(ProductImages.shownImage(42, "/images/illustration/4006381333931", null))
                .isEqualTo("/images/illustration/4006381333931");
    }

    @Test
    void onlyAddressesThisPlatformServesAreShown() {
        assertThat(ProductImages.isServedHere("/images/product/42")).isTrue();
        assertThat(ProductImages.isServedHere("/images/product/42/v3a7bd3e2360a")).isTrue();
        assertThat(ProductImages.isServedHere("/images/product/42/v3a7bd3e2360")).as("a version too short").isFalse();
        assertThat(ProductImages.isServedHere("/images/product/42/vXYZ\"onerror=alert(1)")).isFalse();
        assertThat(ProductImages.isServedHere("https://example.org/images/product/42")).isFalse();
    }
}
