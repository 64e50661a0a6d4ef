// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** axe-core on the page open in the browser: WCAG 2.0 and 2.1, levels A and AA, no violation allowed. */
final class PortalAccessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private PortalAccessibility() {
    }

    /** Fails with every violating element and why, so the report says what to fix. */
    static void assertNoViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.getViolations()).as("WCAG 2.1 A/AA violations on " + driver.getCurrentUrl())
                .flatExtracting(rule -> rule.getNodes().stream()
                        .map(node -> rule.getId() + " " + node.getHtml() + " " + node.getFailureSummary()).toList())
                .isEmpty();
    }
}
