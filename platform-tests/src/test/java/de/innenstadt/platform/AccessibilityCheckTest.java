// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The page check itself finds what it must: with only violations collected and axe run in the page, a picture
 * without a text alternative and a field without a label still fail it. Runs without the platform.
 */
class AccessibilityCheckTest {

    @Test
    void aPictureWithoutTextAndAFieldWithoutLabelFailTheCheck() {
        try (Browser browser = new Browser()) {
            browser.driver().get("data:text/html;charset=utf-8,<!doctype html><html lang=\"de\"><head><title>Probe</title></head>"
                    + "<body><main><h1>Probe</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><input type=\"text\">"
                    + "</main></body></html>");
            assertThatThrownBy(() -> Accessibility.assertNoViolations(browser.driver(), "Probe"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt")
                    .hasMessageContaining("label");
        }
    }
}
