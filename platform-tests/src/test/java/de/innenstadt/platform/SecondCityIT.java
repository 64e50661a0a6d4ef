// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.innenstadt.launcher.LauncherSettings;
import de.innenstadt.launcher.PayaraMicroProcess;
import de.innenstadt.launcher.PayaraMicroProcess.Deployment;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Another town runs Innenstadt by configuration alone: the same WARs, booted with the profile folder
 * of Landau in der Pfalz (a town the software does not bundle) against an empty database of their
 * own, show Landau everywhere and nothing of Kaiserslautern; and the town gets from nothing to a
 * first merchant's offer in search through the portal alone, starting from the admin address in its
 * configuration. Runs beside the suite.
 */
@Execution(ExecutionMode.CONCURRENT)
@ExtendWith(BesideTheSuite.class)
class SecondCityIT {

    private static final int PORT = Integer.getInteger("innenstadt.it.http.port") + 1;
    private static final String BASE_URL = "http://localhost:" + PORT;
    private static final String FIRST_ADMIN = "stadtverwaltung-" + UUID.randomUUID() + "@landau.example.org";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(BASE_URL) + "/portal/account/password\\?token=[A-Za-z0-9_-]{43}");
    private static final Duration PAGE = Duration.ofSeconds(15);
    private static PayaraMicroProcess payara;

    @BeforeAll
    static void bootWithLandausProfileFolder() throws Exception {
        Path dist = Path.of(System.getProperty("innenstadt.it.dist"));
        Path work = Path.of(System.getProperty("innenstadt.it.work"), "second-city");
        Path profile = Path.of(SecondCityIT.class.getResource("/cities/landau/city.properties").toURI()).getParent();
        String dbPort = System.getProperty("innenstadt.it.db.port");
        String esPort = System.getProperty("innenstadt.it.elasticsearch.port");
        payara = PayaraMicroProcess.start(dist.resolve("payara-micro.jar"),
                List.of(new Deployment(dist.resolve("shop-web.war"), "/"),
                        new Deployment(dist.resolve("merchant-portal.war"), "/portal")),
                PORT, LauncherSettings.defaultHttpThreads(), work,
                Map.of("INNENSTADT_DB_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/" + TestPlatform.SECOND_CITY_DATABASE,
                        "INNENSTADT_ELASTICSEARCH_URL", "http://127.0.0.1:" + esPort,
                        "INNENSTADT_SEARCH_INDEX", "landau-products",
                        "INNENSTADT_CITY", profile.toString(),
                        "INNENSTADT_DEMO_DATA", "false",
                        "INNENSTADT_ADMIN_EMAIL", FIRST_ADMIN,
                        "INNENSTADT_PORTAL_URL", BASE_URL + "/portal",
                        "INNENSTADT_VAR_DIR", work.resolve("var").toString(),
                        "INNENSTADT_FOOTFALL_DROP_DIR", work.resolve("footfall-inbox").toString(),
                        "JAVA_TOOL_OPTIONS", TestPlatform.TEST_JVM_OPTIONS),
                Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() {
        if (payara != null) {
            payara.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=schuhe", "/page?slug=imprint", "/page?slug=privacy",
            "/page?slug=accessibility", "/portal/login"})
    void pagesShowTheConfiguredTownAndNothingOfKaiserslautern(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(BASE_URL + path)).header("Accept-Language", "de").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        if (!path.startsWith("/portal")) {
            assertThat(response.body()).contains("Landau in der Pfalz");
        }
        assertThat(response.body()).doesNotContainIgnoringCase("Kaiserslautern").doesNotContainIgnoringCase("Lautern")
                .doesNotContain("Zweibrücken");
    }

    /**
     * The first start invited the configured address as admin; the admin invites a city manager and a new
     * merchant; the merchant opens a store and adds an offer; a shopper finds it.
     */
    @Test
    void anEmptyTownGetsFromNothingToAMerchantsOfferInSearchThroughThePortal() throws Exception {
        String merchantEmail = "weinhaus-" + UUID.randomUUID() + "@landau.example.org";
        String managerEmail = "innenstadt-" + UUID.randomUUID() + "@landau.example.org";
        String adminPassword = "Rathaus-Landau-" + UUID.randomUUID().toString().substring(0, 8);
        String merchantPassword = "Weinprobe-" + UUID.randomUUID().toString().substring(0, 8);
        String wine = "Riesling Kabinett trocken " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            MimeMessage adminMail = awaitMailTo(FIRST_ADMIN);
            assertThat(adminMail.getSubject()).startsWith("Einladung ins Portal der Innenstadt");
            driver.get(linkIn(adminMail));
            setPassword(browser, adminPassword);
            login(browser, FIRST_ADMIN, adminPassword);

            driver.get(BASE_URL + "/portal/admin/invitations");
            browser.waitUpTo(PAGE).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("label[for='invite:role:1']"))).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.invisibilityOfElementLocated(By.id("invite:newMerchant")));
            invite(browser, managerEmail, "Ina Innenstadt");
            assertThat(Mails.text(awaitMailTo(managerEmail))).contains("Innenstadtmanagement", "city-centre management");
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("invite:newMerchant")))
                    .sendKeys("Weinhaus Südpfalz");
            invite(browser, merchantEmail, "Wilma Wein");
            driver.findElement(By.id("logout:logout")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));

            driver.get(linkIn(awaitMailTo(merchantEmail)));
            setPassword(browser, merchantPassword);
            login(browser, merchantEmail, merchantPassword);
            driver.get(BASE_URL + "/portal/merchant/shop");
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("newStore:name")))
                    .sendKeys("Weinhaus am Rathausplatz");
            driver.findElement(By.id("newStore:street")).sendKeys("Rathausplatz");
            driver.findElement(By.id("newStore:houseNumber")).sendKeys("9");
            driver.findElement(By.id("newStore:postalCode")).sendKeys("76829");
            driver.findElement(By.id("newStore:add")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(By.id("stores"),
                    "Weinhaus am Rathausplatz (1)"));

            driver.get(BASE_URL + "/portal/merchant/offers");
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("newOffer:gtin")))
                    .sendKeys(PortalData.randomGtin() + "\t");
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form#newOffer .ui-message-info")));
            driver.findElement(By.id("newOffer:title")).sendKeys(wine);
            driver.findElement(By.id("newOffer:netContent")).sendKeys("0,75 l");
            driver.findElement(By.id("newOffer:newPrice")).sendKeys("9,80");
            driver.findElement(By.id("newOffer:newQuantity")).sendKeys("12");
            PortalData.waitForAjax(browser);
            PortalData.chooseDepartment(browser, "feinkost", "Feinkost & Lebensmittel");
            PortalData.waitForAjax(browser);
            driver.findElement(By.id("newOffer:add")).click();
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> found = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    BASE_URL + "/api/v1/search?q=riesling")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(found.body()).contains(wine, "Weinhaus am Rathausplatz");
        });
    }

    private static void invite(Browser browser, String email, String name) {
        WebDriver driver = browser.driver();
        driver.findElement(By.id("invite:email")).sendKeys(email);
        driver.findElement(By.id("invite:displayName")).sendKeys(name);
        driver.findElement(By.id("invite:send")).click();
        browser.waitUpTo(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(By.id("invite:messages"), email));
    }

    private static void setPassword(Browser browser, String password) {
        WebDriver driver = browser.driver();
        browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("password:newPassword"))).sendKeys(password);
        driver.findElement(By.id("password:repeated")).sendKeys(password);
        driver.findElement(By.id("password:save")).click();
        browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("password-set")));
    }

    private static void login(Browser browser, String username, String password) {
        WebDriver driver = browser.driver();
        driver.get(BASE_URL + "/portal/login");
        browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username"))).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logout")));
    }

    private static MimeMessage awaitMailTo(String address) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> Mails.received()
                .filter(message -> Mails.recipients(message).contains(address))
                .reduce((first, second) -> second), Optional::isPresent).get();
    }

    private static String linkIn(MimeMessage mail) {
        Matcher link = LINK.matcher(Mails.text(mail));
        assertThat(link.find()).as(Mails.text(mail)).isTrue();
        return link.group();
    }

    /** Started by the launcher's code, as in production: {@code /metrics} answers no one. */
    @Test
    void theLaunchersPayaraKeepsMetricsClosed() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(BASE_URL + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(401, 403, 404);
    }
}
