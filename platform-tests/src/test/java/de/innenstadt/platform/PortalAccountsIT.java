// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Portal accounts as their owners meet them: a stranger's wrong guesses slow the stranger down, not the owner, and
 * unknown names answer like known ones; an invited merchant sets a password through the mailed one-time link and
 * logs in; a reset answers alike for unknown names and sets a new password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAccountsIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/portal/account/password\\?token=[A-Za-z0-9_-]{43}");

    @BeforeEach
    void platformIsUp() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    /** A failed login holds the caller's address: it is forgotten once it no longer counts, a running wait is kept. */
    @Test
    void failedLoginsAreForgottenOnceTheyNoLongerCount() throws Exception {
        String past = "vergangen-" + UUID.randomUUID();
        String waiting = "wartet-" + UUID.randomUUID();
        ReservationApi.execute("INSERT INTO login_failure (name_key, address, failures, last_failure_at, blocked_until) VALUES"
                + " ('" + past + "', '203.0.113.7', 3, NOW(3) - INTERVAL 2 DAY, NULL),"
                + " ('" + waiting + "', '203.0.113.8', 9, NOW(3) - INTERVAL 2 DAY, NOW(3) + INTERVAL 1 HOUR)");
        await().atMost(Duration.ofSeconds(30)).until(() -> "0".equals(ReservationApi.value(
                "SELECT COUNT(*) FROM login_failure WHERE name_key = '" + past + "'")));
        assertThat(ReservationApi.value("SELECT COUNT(*) FROM login_failure WHERE name_key = '" + waiting + "'"))
                .as("a wait that still runs").isEqualTo("1");
    }

    @Test
    void aStrangersGuessesSlowTheStrangerDownNotTheOwnerAndUnknownNamesLookTheSame() throws Exception {
        String username = "throttle-" + UUID.randomUUID();
        copyAccountOf("haendler2", username, username + "@example.org");
        String unknown = "nobody-" + UUID.randomUUID();
        PortalClient stranger = new PortalClient();
        for (int i = 0; i < 5; i++) {
            assertThat(stranger.login(username, "wrong-password-" + i).body()).contains("Benutzername oder Passwort ist falsch.");
            assertThat(stranger.login(unknown, "wrong-password-" + i).body()).contains("Benutzername oder Passwort ist falsch.");
        }
        HttpResponse<String> waiting = stranger.login(username, TestPlatform.DEMO_PASSWORD);
        assertThat(waiting.statusCode()).isEqualTo(200);
        assertThat(waiting.body()).contains("Zu viele fehlgeschlagene Anmeldungen", "in einer Minute wieder");
        assertThat(stranger.login(unknown, TestPlatform.DEMO_PASSWORD).body()).contains("in einer Minute wieder");

        PortalClient owner = new PortalClient("http://[::1]:" + Integer.getInteger("innenstadt.it.http.port"));
        assertThat(owner.login(username, TestPlatform.DEMO_PASSWORD).statusCode()).as("the owner on another device").isEqualTo(302);
        assertThat(ReservationApi.value("SELECT COUNT(*) FROM login_failure WHERE name_key = '" + username + "'"))
                .as("a successful login forgives the name").isEqualTo("0");
    }

    @Test
    void anInvitedMerchantSetsAPasswordThroughTheMailedLinkOnceAndLogsIn() throws Exception {
        String email = "neu-" + UUID.randomUUID() + "@example.org";
        String password = "Ladenöffnung-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, "admin");
            driver.get(baseUrl() + "/portal/admin/invitations");
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("invite:email")));
            driver.findElement(By.id("invite:send")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("form#invite .ui-message-error")));
            driver.findElement(By.id("invite:email")).sendKeys(email);
            driver.findElement(By.id("invite:displayName")).sendKeys("Nora Neu");
            driver.findElement(By.id("invite:newMerchant")).sendKeys("Neuer Laden " + email.substring(4, 12));
            driver.findElement(By.id("invite:send")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("invite:messages"), email));
            driver.findElement(By.id("logout:logout")).click();

            MimeMessage mail = await().atMost(Duration.ofSeconds(90)).until(() -> mailTo(email), Optional::isPresent).get();
            assertThat(mail.getSubject()).startsWith("Einladung ins Händlerportal");
            String link = link(mail);
            assertThat(ReservationApi.value("SELECT COUNT(*) FROM account_token WHERE token_sha256 = '"
                    + TestPlatform.sha256(link.substring(link.indexOf("token=") + 6)) + "'")).as("only the hash is stored").isEqualTo("1");

            driver.get(link);
            setPassword(browser, "zu-kurz", "zu-kurz");
            awaitOnPage(browser, By.cssSelector("form#password .ui-message-error"));
            setPassword(browser, password, password);
            awaitOnPage(browser, By.id("password-set"));

            login(browser, email, password);
            assertThat(driver.findElements(By.cssSelector("nav a[href$='/merchant/offers']"))).isNotEmpty();
            driver.findElement(By.id("logout:logout")).click();
            // the logout's own navigation must have landed, or it may replace the page of the link opened next
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));

            driver.get(link);
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("link-invalid")));

            String expired = expiredInvitationToken();
            driver.get(baseUrl() + "/portal/account/password?token=" + expired);
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("link-invalid")));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ReservationApi.value(
                "SELECT body FROM notification WHERE recipient = '" + email + "'")).doesNotContain("token="));
    }

    @Test
    void aResetAnswersAlikeForUnknownNamesAndSetsANewPassword() throws Exception {
        String username = "reset-" + UUID.randomUUID();
        String email = username + "@example.org";
        copyAccountOf("haendler2", username, email);
        PortalClient client = new PortalClient();
        String forUnknown = answerToReset(client, "nobody-" + UUID.randomUUID() + "@example.org");
        String forKnown = answerToReset(client, email);
        assertThat(forKnown).isEqualTo(forUnknown).contains("Wenn es ein Konto dazu gibt");

        MimeMessage mail = await().atMost(Duration.ofSeconds(90)).until(() -> mailTo(email), Optional::isPresent).get();
        assertThat(mail.getSubject()).startsWith("Passwort zurücksetzen");
        String password = "Neues-Passwort-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            browser.driver().get(link(mail));
            setPassword(browser, password, password + "x");
            awaitOnPage(browser, By.cssSelector("form#password .ui-message-error"));
            setPassword(browser, password, password);
            awaitOnPage(browser, By.id("password-set"));
        }
        assertThat(new PortalClient().login(username, TestPlatform.DEMO_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(new PortalClient().login(username, password).statusCode()).isEqualTo(302);
    }

    // ---- the authorization matrix -------------------------------------------------------------

    /** Merchant B's things, and what merchant A legitimately holds to try them with. */
    private static String answerToReset(PortalClient client, String login) {
        PortalClient.Page form = client.get("/portal/account/reset");
        String body = client.post("/portal/account/reset", form, Map.of("reset", "reset", "reset:login", login,
                "reset:send", "")).body();
        Matcher message = Pattern.compile("ui-messages-info-summary[^>]*>([^<]+)<").matcher(body);
        assertThat(message.find()).as(body).isTrue();
        return message.group(1);
    }

    /** Waits for an element and, when it does not come, fails with the page as it is, which says why. */
    private static void awaitOnPage(Browser browser, By element) {
        try {
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(element));
        } catch (TimeoutException e) {
            throw new AssertionError(element + " did not appear on " + browser.driver().getCurrentUrl() + ":\n"
                    + browser.driver().findElement(By.tagName("main")).getAttribute("outerHTML"), e);
        }
    }

    private static void setPassword(Browser browser, String password, String repeated) {
        WebDriver driver = browser.driver();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("password:newPassword")));
        driver.findElement(By.id("password:newPassword")).clear();
        driver.findElement(By.id("password:newPassword")).sendKeys(password);
        driver.findElement(By.id("password:repeated")).clear();
        driver.findElement(By.id("password:repeated")).sendKeys(repeated);
        driver.findElement(By.id("password:save")).click();
    }

    static void login(Browser browser, String username, String password) {
        WebDriver driver = browser.driver();
        driver.get(baseUrl() + "/portal/login");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logout")));
    }

    /** A merchant account that logs in like {@code template} (same merchant, same password). */
    private static void copyAccountOf(String template, String username, String email) throws Exception {
        ReservationApi.execute("INSERT INTO user_account (username, email, display_name, password_hash, role, merchant_id)"
                + " SELECT '" + username + "', '" + email + "', 'Test', password_hash, role, merchant_id FROM user_account"
                + " WHERE username = '" + template + "'");
    }

    /** An invitation link whose time ran out, for a new invited account. */
    private static String expiredInvitationToken() throws Exception {
        String username = "expired-" + UUID.randomUUID() + "@example.org";
        ReservationApi.execute("INSERT INTO user_account (username, email, display_name, role, merchant_id)"
                + " SELECT '" + username + "', '" + username + "', 'Spät', 'merchant', merchant_id FROM user_account"
                + " WHERE username = 'haendler2'");
        String token = UUID.randomUUID().toString().replace("-", "") + "abcdefghijk";
        ReservationApi.execute("INSERT INTO account_token (account_id, purpose, token_sha256, expires_at)"
                + " SELECT id, 'INVITE', '" + TestPlatform.sha256(token) + "', NOW(3) - INTERVAL 1 MINUTE FROM user_account"
                + " WHERE username = '" + username + "'");
        return token;
    }

    private static Optional<MimeMessage> mailTo(String address) {
        return Mails.received()
                .filter(message -> Mails.recipients(message).contains(address))
                .reduce((first, second) -> second);
    }

    private static String link(MimeMessage mail) {
        Matcher link = LINK.matcher(Mails.text(mail));
        assertThat(link.find()).as(Mails.text(mail)).isTrue();
        return link.group();
    }
}
