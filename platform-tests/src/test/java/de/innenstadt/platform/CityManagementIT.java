// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * City-centre management on the demo data: the dashboard shows a campaign's uplift and the counter
 * outages, its charts download as CSV, campaigns are created with messages next to the fields, the
 * pages pass axe-core, merchants are kept out, and a counter CSV dropped into the import folder is
 * stored, and stored again without duplicates when the same period comes once more; hystreet's own
 * downloads are stored with their clock change and laser outages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CityManagementIT {

    /** One stored counter hour. */
    private record CountRow(String hour, int pedestrians, String weather, boolean unverified) {
    }

    @BeforeEach
    void platformIsUp() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    @Test
    void theDashboardShowsUpliftAndGapsAndDownloadsEachChartAsCsv() {
        try (Browser browser = new Browser()) {
            PlatformIT.login(browser, "citymanagement");
            WebDriver driver = browser.driver();
            driver.get(baseUrl() + "/portal/city/dashboard");
            browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("effect-sentence")));

            boolean german = isGerman(driver);
            String sentence = driver.findElement(By.id("effect-sentence")).getText();
            assertThat(sentence).contains("Lange Einkaufsnacht", "Fackelstraße",
                    german ? "gewöhnlichen Tagen desselben Wochentags vor und nach der Aktion"
                            : "ordinary days of the same weekday before and after the campaign");
            assertThat(sentence).containsPattern("Fackelstraße (bei )?\\+\\d+ % \\(");
            String effectTable = driver.findElement(By.id("table-effect")).getText();
            assertThat(effectTable).contains("Marktstraße", "Riesenstraße/Stiftsplatz");
            assertThat(driver.findElement(By.id("footfall-summary")).getText())
                    .matches(german ? "Fackelstraße: 16[789] Zeiträume, davon 5 mit Zählerausfall \\(Lücke\\), \\d+ ungeprüfte Stunden\\."
                            : "Fackelstraße: 16[789] periods, 5 of them with a counter outage \\(gap\\), \\d+ unverified hours\\.");
            assertThat(driver.findElement(By.id("table-footfall")).getAttribute("textContent")).contains(german ? "Lücke" : "Gap");
            assertThat(driver.findElements(By.cssSelector("canvas"))).hasSizeGreaterThanOrEqualTo(4);
            theTablesShowTheirOwnHeadingsAndNoRequestHeader(driver, german);

            String footfallCsv = download(driver, driver.findElement(By.id("csv-footfall")).getAttribute("href"));
            assertThat(footfallCsv).as("column names for scripts, the same in every language").startsWith("\uFEFFlocation_id;location_name;"
                    + "resolution;period_start;pedestrians;complete;hours_expected;hours_missing;outage_hours;outage_reason;"
                    + "unverified_hours;temperature_c;weather\r\n");
            assertThat(footfallCsv.lines()).hasSizeBetween(168, 170);
            assertThat(footfallCsv).as("a gap: ISO time with offset, no count, incomplete, one hour missing")
                    .containsPattern("\nkl-fackelstrasse;Fackelstraße;hour;\\d{4}-\\d\\d-\\d\\dT\\d\\d:00\\+0[12]:00;;false;1;1;")
                    .as("plain numbers, a decimal point").containsPattern(";true;1;0;0;;[01];-?\\d+\\.\\d;")
                    .doesNotContain("< 5");
            String effectCsv = download(driver, driver.findElement(By.id("csv-effect")).getAttribute("href"));
            assertThat(effectCsv).contains("\nkl-fackelstrasse;Fackelstraße;").containsPattern(";-?\\d+\\.\\d;").doesNotContain(" %");
            assertThat(download(driver, driver.findElement(By.id("csv-demand")).getAttribute("href")))
                    .startsWith("\uFEFFterm;other_spellings;searches;from;to\r\n").contains("\nnähmaschinennadeln;");
            assertThat(download(driver, driver.findElement(By.id("csv-fewhits")).getAttribute("href")).lines().skip(1))
                    .as("searches with one or two hits, five times or more").isNotEmpty();
            assertThat(download(driver, driver.findElement(By.id("csv-months")).getAttribute("href")).lines().skip(1))
                    .as("reservations in each of the last twelve months").hasSize(12);
            assertThat(driver.findElement(By.id("freshness-sentence")).getText())
                    .containsPattern(german ? "\\d+ von \\d+ Geschäften \\(\\d+ %\\)" : "\\d+ of \\d+ shops \\(\\d+ %\\)");

            Accessibility.assertNoViolations(driver);

            driver.get(baseUrl() + "/portal/city/dashboard?resolution=week");
            browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("footfall-summary")));
            assertThat(driver.findElement(By.id("footfall-summary")).getText()).matches("Fackelstraße: 5[0-3] .*");
            Accessibility.assertNoViolations(driver);
        }
    }

    /**
     * The street ranking on the demo year (no counts a year before, so the last four weeks against the
     * four before them) and months as whole months: every month row starts on the first and ends
     * with the last month counted to its end, so none is a cut-off month that looks like a collapse;
     * every street's weekdays in one table, and the selected street's direction and age split.
     */
    @Test
    void streetsAreRankedAndComparedByWeekdayAndMonthsAreWhole() {
        try (Browser browser = new Browser()) {
            PlatformIT.login(browser, "citymanagement");
            WebDriver driver = browser.driver();
            driver.get(baseUrl() + "/portal/city/dashboard");
            browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("ranking-sentence")));
            assertThat(driver.findElement(By.id("ranking-sentence")).getText())
                    .containsPattern("Fackelstraße [+−]?\\d+ %").contains("Marktstraße", "Riesenstraße/Stiftsplatz");

            String ranking = download(driver, driver.findElement(By.id("csv-ranking")).getAttribute("href"));
            List<String> lines = ranking.lines().toList();
            assertThat(lines.get(0)).isEqualTo("\uFEFFlocation_id;location_name;from;to;base_from;base_to;pedestrians_per_day;"
                    + "base_pedestrians_per_day;change_percent;complete_days;base_complete_days");
            // other tests add counting points of their own; the demo's three have a year of counts
            assertThat(lines.stream().filter(line -> line.startsWith("kl-"))).hasSize(3).allSatisfy(line -> {
                String[] cells = line.split(";", -1);
                assertThat(LocalDate.parse(cells[4])).isEqualTo(LocalDate.parse(cells[2]).minusDays(28));
                assertThat(cells[8]).as(line).matches("-?\\d+\\.\\d");
            });

            List<String> streets = driver.findElements(By.cssSelector("#table-weekdays thead th")).stream()
                    .map(heading -> heading.getAttribute("textContent").trim()).toList();
            assertThat(streets).contains("Fackelstraße", "Marktstraße", "Riesenstraße/Stiftsplatz");
            assertThat(driver.findElements(By.cssSelector("#table-weekdays tbody tr"))).hasSize(7);
            String split = download(driver, driver.findElement(By.id("csv-split")).getAttribute("href"));
            String[] figures = split.lines().skip(1).findFirst().orElseThrow().split(";");
            assertThat(figures[0]).isEqualTo("kl-fackelstrasse");
            assertThat(Long.parseLong(figures[3]) + Long.parseLong(figures[4])).as("both directions").isPositive();
            assertThat(Long.parseLong(figures[7])).as("children").isPositive().isLessThan(Long.parseLong(figures[6]));

            String months = download(driver, baseUrl() + "/portal/city/export/footfall.csv?resolution=month");
            List<String> rows = months.lines().skip(1).toList();
            assertThat(rows).hasSizeBetween(11, 13).allSatisfy(row -> assertThat(row.split(";")[3]).matches("\\d{4}-\\d\\d-01T00:00\\+0[12]:00"));
        }
    }

    /**
     * The figure tables once named their heading variable {@code header}, EL's request-header map,
     * and printed every header, the session cookie included, into each column heading.
     */
    private static void theTablesShowTheirOwnHeadingsAndNoRequestHeader(WebDriver driver, boolean german) {
        Cookie session = driver.manage().getCookieNamed("PORTALSESSION");
        assertThat(session).as("the portal's session cookie").isNotNull();
        String html = driver.getPageSource();
        assertThat(html).doesNotContain(session.getValue()).doesNotContain("PORTALSESSION")
                .doesNotContainIgnoringCase("user-agent").doesNotContainIgnoringCase("accept-language");
        List<String> headings = driver.findElements(By.cssSelector("#table-footfall thead th[scope='col']")).stream()
                .map(heading -> heading.getAttribute("textContent").trim()).toList();
        assertThat(headings).startsWith(german ? new String[] {"Zeitraum", "Passanten"} : new String[] {"Period", "Pedestrians"});
    }

    @Test
    void aCityManagerCreatesACampaignAndSeesProblemsNextToTheFields() throws SQLException {
        String name = "IT-Aktion " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            PlatformIT.login(browser, "citymanagement");
            WebDriver driver = browser.driver();
            driver.get(baseUrl() + "/portal/city/campaigns");
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(By.id("campaigns:new"))).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("campaign:save")));
            boolean german = isGerman(driver);
            Accessibility.assertNoViolations(driver);

            driver.findElement(By.id("campaign:save")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("name-error"), german ? "Bitte einen Namen angeben." : "Please enter a name."));
            assertThat(driver.findElement(By.id("starts-error")).getText())
                    .isEqualTo(german ? "Bitte den Beginn angeben." : "Please enter the start.");
            Accessibility.assertNoViolations(driver);

            driver.findElement(By.id("campaign:name")).sendKeys(name);
            setValue(driver, "campaign:starts", "2030-12-05T10:00");
            setValue(driver, "campaign:ends", "2030-12-05T09:00");
            driver.findElement(By.id("campaign:save")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("ends-error"), german ? "Das Ende muss nach dem Beginn liegen." : "The end must be after the start."));

            setValue(driver, "campaign:ends", "2030-12-05T20:00");
            driver.findElement(By.cssSelector("input[name='campaign:locations']")).click();
            driver.findElement(By.id("campaign:public")).click();
            driver.findElement(By.id("campaign:save")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("campaigns:table"), name));
        }
        try (Connection db = ReservationApi.database();
             PreparedStatement query = db.prepareStatement("SELECT c.public, COUNT(l.location_id) FROM campaign c"
                     + " LEFT JOIN campaign_location l ON l.campaign_id = c.id WHERE c.name = ? GROUP BY c.id")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).isTrue();
                assertThat(row.getInt(2)).isEqualTo(1);
            }
        }
    }

    @Test
    void aMerchantIsRefusedTheCityPages() {
        try (Browser browser = new Browser()) {
            PlatformIT.login(browser, "haendler1");
            WebDriver driver = browser.driver();
            for (String page : List.of("/portal/city/dashboard", "/portal/city/campaigns", "/portal/city/counts", "/portal/city/export/footfall.csv")) {
                assertThat(TestPlatform.send(withSession(driver, page)).statusCode()).as(page).isEqualTo(403);
            }
        }
    }

    @Test
    void aDroppedCounterFileIsStoredAndTheSamePeriodAgainUpdatesWithoutDuplicates() throws Exception {
        Path inbox = Files.createDirectories(Path.of(System.getProperty("innenstadt.it.footfall.dir")));
        String counter = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String header = "timestamp;location_id;location_name;pedestrians_count;temperature;weather_condition;unverified\n";
        Files.writeString(inbox.resolve(counter + "-1.csv.part"), header
                + "2024-03-01T09:00:00+01:00;" + counter + ";IT-Zähler;100;4,5;rain;false\n"
                + "2024-03-01T10:00:00+01:00;" + counter + ";IT-Zähler;120;5,0;rain;true\n"
                + "2024-03-01T12:00:00+01:00;" + counter + ";IT-Zähler;90;6,0;cloudy;false\n", StandardCharsets.UTF_8);
        Files.move(inbox.resolve(counter + "-1.csv.part"), inbox.resolve(counter + "-1.csv"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(counts(counter)).containsExactly(
                new CountRow("2024-03-01 08:00", 100, "rain", false),
                new CountRow("2024-03-01 09:00", 120, "rain", true),
                new CountRow("2024-03-01 11:00", 90, "cloudy", false)));

        Files.writeString(inbox.resolve(counter + "-2.csv.part"), header
                + "2024-03-01T09:00:00+01:00;" + counter + ";IT-Zähler;105;4,5;rain;false\n"
                + "2024-03-01T10:00:00+01:00;" + counter + ";IT-Zähler;125;5,0;clear-day;false\n"
                + "2024-03-01T12:00:00+01:00;" + counter + ";IT-Zähler;95;6,0;cloudy;true\n", StandardCharsets.UTF_8);
        Files.move(inbox.resolve(counter + "-2.csv.part"), inbox.resolve(counter + "-2.csv"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(counts(counter)).containsExactly(
                new CountRow("2024-03-01 08:00", 105, "rain", false),
                new CountRow("2024-03-01 09:00", 125, "clear-day", false),
                new CountRow("2024-03-01 11:00", 95, "cloudy", true)));
        assertThat(Files.exists(inbox.resolve(".failed"))).isFalse();
    }

    /**
     * hystreet's German (ISO-8859-1) and English (UTF-8) downloads over the October clock change,
     * the samples of integration-routes (see FootfallCsvParserTest for where their shape comes
     * from): stored under the demo city's counting points found by name, 25 hours on the Sunday,
     * the „Laserausfall“ hours stored as outages and shown as gaps like the missing hour, and the
     * two 02:00 hours told apart in the hourly table. Totals were taken from the files with awk.
     */
    @Test
    void hystreetDownloadsAreStoredWithTheClockChangeAndTheLaserOutageAsAGap() throws Exception {
        Path inbox = Files.createDirectories(Path.of(System.getProperty("innenstadt.it.footfall.dir")));
        Path samples = Path.of(System.getProperty("innenstadt.it.samples"), "footfall");
        for (String sample : List.of("hystreet-de-fackelstrasse-2025-10.csv", "hystreet-en-marktstrasse-2025-10.csv")) {
            Files.copy(samples.resolve(sample), inbox.resolve(sample + ".part"), StandardCopyOption.REPLACE_EXISTING);
            Files.move(inbox.resolve(sample + ".part"), inbox.resolve(sample), StandardCopyOption.REPLACE_EXISTING);
        }
        String sunday = " c.hour_start >= '2025-10-25 22:00' AND c.hour_start < '2025-10-26 23:00'";
        await().atMost(Duration.ofSeconds(30)).until(() -> ReservationApi.value("SELECT CONCAT(COUNT(*), '/', SUM(c.pedestrians))"
                + " FROM footfall_count c JOIN footfall_location l ON l.id = c.location_id WHERE l.name = 'Marktstraße' AND" + sunday),
                "22/4247"::equals);
        await().atMost(Duration.ofSeconds(30)).until(() -> ReservationApi.value("SELECT CONCAT(COUNT(*), '/', SUM(c.pedestrians))"
                + " FROM footfall_count c JOIN footfall_location l ON l.id = c.location_id WHERE l.name = 'Fackelstraße' AND" + sunday),
                "25/5602"::equals);
        assertThat(ReservationApi.value("SELECT GROUP_CONCAT(DATE_FORMAT(o.hour_start, '%H:%i'), ' ', o.reason ORDER BY o.hour_start)"
                + " FROM footfall_outage o JOIN footfall_location l ON l.id = o.location_id WHERE l.name = 'Marktstraße'"))
                .isEqualTo("04:00 Laserausfall,05:00 Laserausfall");
        assertThat(ReservationApi.value("SELECT COUNT(*) FROM footfall_location WHERE name LIKE '%Kaiserslautern'"))
                .as("hystreet's „Fackelstraße, Kaiserslautern“ is the city's Fackelstraße, no new counting point").isEqualTo("0");

        try (Browser browser = new Browser()) {
            PlatformIT.login(browser, "citymanagement");
            String marktstrasse = ReservationApi.value("SELECT id FROM footfall_location WHERE name = 'Marktstraße'");
            String fackelstrasse = ReservationApi.value("SELECT id FROM footfall_location WHERE name = 'Fackelstraße'");
            String hours = download(browser.driver(), baseUrl() + "/portal/city/export/footfall.csv?resolution=hour&from=2025-10-26"
                    + "&to=2025-10-26&location=" + marktstrasse);
            assertThat(hours.lines().skip(1)).hasSize(25);
            assertThat(hours.lines().filter(line -> line.contains(";;false;1;1;"))).as("two outage hours and the missing one").hasSize(3);
            assertThat(hours.lines().filter(line -> line.contains(";;false;1;1;1;Laserausfall;"))).as("the outages say why").hasSize(2);
            String day = download(browser.driver(), baseUrl() + "/portal/city/export/footfall.csv?resolution=day&from=2025-10-26"
                    + "&to=2025-10-26&location=" + marktstrasse);
            assertThat(day.lines().skip(1)).singleElement().asString()
                    .startsWith("kl-marktstrasse;Marktstraße;day;2025-10-26T00:00+02:00;4247;false;25;3;2;Laserausfall;");
            String clockChange = download(browser.driver(), baseUrl() + "/portal/city/export/footfall.csv?resolution=hour"
                    + "&from=2025-10-26&to=2025-10-26&location=" + fackelstrasse);
            assertThat(clockChange).contains(";hour;2025-10-26T02:00+02:00;", ";hour;2025-10-26T02:00+01:00;");
            browser.driver().get(baseUrl() + "/portal/city/dashboard?resolution=hour&from=2025-10-26&to=2025-10-26&location=" + fackelstrasse);
            boolean german = isGerman(browser.driver());
            assertThat(browser.driver().findElement(By.id("table-footfall")).getAttribute("textContent"))
                    .as("the page keeps its own labels").contains("26.10. 02:00 " + (german ? "MESZ" : "CEST"),
                            "26.10. 02:00 " + (german ? "MEZ" : "CET"));
        }
    }

    private static List<CountRow> counts(String counter) throws SQLException {
        try (Connection db = ReservationApi.database();
             PreparedStatement query = db.prepareStatement("SELECT DATE_FORMAT(c.hour_start, '%Y-%m-%d %H:%i'), c.pedestrians,"
                     + " c.weather, c.unverified FROM footfall_count c JOIN footfall_location l ON l.id = c.location_id"
                     + " WHERE l.external_id = ? ORDER BY c.hour_start")) {
            query.setString(1, counter);
            List<CountRow> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new CountRow(row.getString(1), row.getInt(2), row.getString(3), row.getBoolean(4)));
                }
            }
            return rows;
        }
    }

    /** Downloads a link with the browser's session, as a click on it would. */
    private static String download(WebDriver driver, String href) {
        HttpResponse<String> response = TestPlatform.send(withSession(driver, URI.create(href).getRawPath() + "?" + URI.create(href).getRawQuery()));
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        return response.body();
    }

    private static HttpRequest withSession(WebDriver driver, String path) {
        Cookie session = driver.manage().getCookieNamed("PORTALSESSION");
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Cookie", "PORTALSESSION=" + session.getValue()).GET().build();
    }

    /** The portal answers in German or English, as the browser asks; the test follows the page. */
    private static boolean isGerman(WebDriver driver) {
        return "de".equals(driver.findElement(By.tagName("html")).getAttribute("lang"));
    }

    private static void setValue(WebDriver driver, String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }
}
