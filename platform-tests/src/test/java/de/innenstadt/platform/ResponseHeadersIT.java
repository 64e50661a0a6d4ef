// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The passive checks a scanner such as ZAP runs on every answer, asserted: no MIME sniffing, no
 * framing by other sites, referrers without paths, no powerful browser features, and a content
 * security policy; the shop's without inline script or style, and proven by a browser that reports
 * nothing blocked on the pages a shopper walks through.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponseHeadersIT {

    @BeforeEach
    void platformIsReady() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=schuhe", "/bag", "/reservation?token=unknown", "/api/v1/search?q=schuhe",
        "/portal/login.xhtml", "/portal/not-there"})
    void everyAnswerCarriesTheProtectiveHeaders(String path) {
        HttpHeaders headers = get(path).headers();

        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("camera=()", "microphone=()", "payment=()"));
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"));
    }

    @Test
    void theShopsPolicyAllowsNoInlineScriptOrStyle() {
        String policy = get("/search?q=schuhe").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy).contains("script-src 'self';", "style-src 'self';").doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void aShoppersWalkTriggersNothingThePolicyBlocks() throws Exception {
        JsonNode reservation = ReservationApi.reserveOnline(ReservationApi.offerWithStock(5, 9));
        await().atMost(Duration.ofMinutes(2)).until(() -> TestPlatform.json(get("/api/v1/search?q=" + TestPlatform.encode("Müsli")).body())
                .path("total").asLong() > 0);
        List<String> blocked = new ArrayList<>();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(baseUrl() + "/search?q=" + TestPlatform.encode("Müsli"));
            String product = browser.waitUpTo(Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href*='/product']"))).getAttribute("href");
            driver.get(product);
            String shop = driver.findElement(By.cssSelector("a[href*='/shop?']")).getAttribute("href");
            for (String page : List.of(baseUrl() + "/", shop, baseUrl() + "/reservation?token=" + reservation.get("token").asText())) {
                driver.get(page);
            }
            for (String message : browser.consoleMessages()) {
                if (message.contains("Content Security Policy")) {
                    blocked.add(message);
                }
            }
        }
        assertThat(blocked).isEmpty();
    }
}
