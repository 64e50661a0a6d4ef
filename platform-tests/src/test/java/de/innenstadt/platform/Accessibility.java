// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Page checks every shop and portal page must pass: axe-core against WCAG 2.1 A and AA, and reflow
 * at 320 CSS pixels (WCAG 1.4.10) without scrolling sideways. Client-side only, like {@link Browser}.
 */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** The page open in the browser, named by its title (the report adds the address). */
    static void assertNoViolations(WebDriver driver) {
        assertNoViolations(driver, driver.getTitle());
    }

    /**
     * Fails with each violated rule, its help text and the offending elements. axe reports violations only (passes
     * and inapplicable rules are not collected) and runs in the page itself ("legacy mode": our pages embed no
     * cross-origin frame, so it needs no extra browser window); both together halve the time of a check.
     */
    static void assertNoViolations(WebDriver driver, String page) {
        AxeRunOptions violationsOnly = new AxeRunOptions();
        violationsOnly.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(violationsOnly).withTags(WCAG_21_AA).setLegacyMode(true).analyze(driver);
        if (!results.getViolations().isEmpty()) {
            fail("axe WCAG 2.1 AA violations on %s (%s):%n%s", page, driver.getCurrentUrl(),
                    describe(results.getViolations()));
        }
    }

    /** Fails when the page, laid out in the current window, is wider than the window. */
    static void assertReflows(WebDriver driver, String page) {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        List<?> widths = (List<?>) overflow;
        long scrollWidth = ((Number) widths.get(0)).longValue();
        long innerWidth = ((Number) widths.get(1)).longValue();
        assertThat(scrollWidth).as("%s scrolls sideways at %d px: content is %d px wide", page, innerWidth, scrollWidth)
                .isLessThanOrEqualTo(innerWidth);
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + "\n    " + rule.getNodes().stream().map(Accessibility::target).collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }

    private static String target(CheckedNode node) {
        return node.getTarget() + " " + node.getHtml();
    }
}
