// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.fromAddress;
import static de.innenstadt.platform.TestPlatform.get;
import static de.innenstadt.platform.TestPlatform.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform as docs/operations.md runs it: behind a load balancer that connects from its own
 * address (here 127.0.0.6, listed in {@code innenstadt.http.trusted-proxies}) and names the shopper
 * in {@code X-Forwarded-For}. Limits must count shoppers, not the balancer, and must not be fooled by
 * a header a shopper writes; counts must be the cluster's, not one instance's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BehindTheBalancerIT {

    private static final String BALANCER = "127.0.0.6";
    /** The unknown-link limit per address and minute (innenstadt.reservations.max-unknown-tokens-per-minute). */
    private static final int LOOKUPS_PER_MINUTE = 20;
    private static final Pattern SET_COOKIE = Pattern.compile("(?im)^Set-Cookie: (.*)$");

    @BeforeEach
    void platformIsReady() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    /** A documentation address (RFC 5737) no other test uses. */
    private static String shopper() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    private static int lookUpUnknownLink(String from, String forwardedFor) throws Exception {
        return status(fromAddress(from, "GET /api/v1/reservations/guess-" + UUID.randomUUID() + " HTTP/1.1\r\n"
                + "Host: localhost\r\nX-Forwarded-For: " + forwardedFor + "\r\nConnection: close\r\n\r\n"));
    }

    @Test
    void guessingLinksIsLimitedPerShopperBehindTheBalancer() throws Exception {
        String guesser = shopper();
        List<Integer> statuses = new ArrayList<>();
        while (statuses.size() <= LOOKUPS_PER_MINUTE && !statuses.contains(429)) {
            statuses.add(lookUpUnknownLink(BALANCER, guesser));
        }
        assertThat(statuses).as("the guesser's unknown links, then the limit").endsWith(429).containsOnly(404, 429);

        assertThat(lookUpUnknownLink(BALANCER, shopper())).as("another shopper through the same balancer").isEqualTo(404);
        // what a shopper writes into the header is left of what the balancer appends, and not believed
        assertThat(lookUpUnknownLink(BALANCER, shopper() + ", " + guesser)).as("the guesser pretending").isEqualTo(429);
    }

    @Test
    void aDeviceThatIsNotTheBalancerCannotNameItsOwnAddress() throws Exception {
        String device = "127.0.0.7";
        List<Integer> statuses = new ArrayList<>();
        while (statuses.size() <= LOOKUPS_PER_MINUTE && !statuses.contains(429)) {
            statuses.add(lookUpUnknownLink(device, shopper()));
        }
        assertThat(statuses).as("a fresh X-Forwarded-For on each guess changes nothing").endsWith(429).hasSizeLessThanOrEqualTo(21);
    }

    @Test
    void aLimitCountsWhatEveryInstanceCounted() throws Exception {
        String shopper = shopper();
        // another instance counted this shopper's guesses; twice the limit, so that it still holds if the minute turns now
        ReservationApi.execute("INSERT INTO request_budget (kind, address, window_start, expires_at, hits)"
                + " VALUES ('unknown-token', '" + shopper + "', FROM_UNIXTIME(UNIX_TIMESTAMP() DIV 60 * 60),"
                + " FROM_UNIXTIME(UNIX_TIMESTAMP() DIV 60 * 60 + 120), " + 2 * LOOKUPS_PER_MINUTE + ")");

        assertThat(lookUpUnknownLink(BALANCER, shopper)).isEqualTo(429);
    }

    @Test
    void cookiesAreSecureWhenTheShopperCameOverHttps() throws Exception {
        String overHttps = fromAddress(BALANCER, preferenceRequest("X-Forwarded-Proto: https\r\n"));
        assertThat(setCookies(overHttps)).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("innenstadt-lang=en").containsIgnoringCase("; Secure").containsIgnoringCase("SameSite=Lax"));

        String claimedByADevice = fromAddress("127.0.0.7", preferenceRequest("X-Forwarded-Proto: https\r\n"));
        assertThat(setCookies(claimedByADevice)).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("innenstadt-lang=en").doesNotContainIgnoringCase("Secure"));
    }

    @Test
    void sessionCookiesAreSameSiteLax() throws Exception {
        String loginPage = fromAddress(BALANCER, "GET /portal/login.xhtml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(setCookies(loginPage)).filteredOn(cookie -> cookie.startsWith("PORTALSESSION="))
                .singleElement().satisfies(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    private static String preferenceRequest(String extraHeaders) {
        String body = "lang=en&back=%2F";
        return "POST /preferences HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.length() + "\r\n" + extraHeaders + "Connection: close\r\n\r\n" + body;
    }

    private static List<String> setCookies(String answer) {
        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
        List<String> cookies = new ArrayList<>();
        Matcher matcher = SET_COOKIE.matcher(head);
        while (matcher.find()) {
            cookies.add(matcher.group(1).strip());
        }
        return cookies;
    }
}
