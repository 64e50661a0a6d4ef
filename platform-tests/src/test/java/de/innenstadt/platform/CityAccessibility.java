// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** axe-core over the city-centre pages: WCAG 2.0 and 2.1, levels A and AA, no rule left out. */
final class CityAccessibility {

    private CityAccessibility() {
    }

    static void assertNoViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertThat(results.getViolations()).as(driver.getCurrentUrl())
                .flatExtracting(rule -> rule.getNodes().stream()
                        .map(node -> rule.getId() + " " + node.getHtml() + " " + node.getFailureSummary()).toList())
                .isEmpty();
    }
}
