// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages (chromium, chromium-driver), driven from the test
 * client only; nothing here is deployed into the server.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;

    Browser() {
        this("de-DE");
    }

    /**
     * A browser that asks for pages in {@code language} (an Accept-Language value such as "en-GB"), with
     * extra Chromium flags where a test needs them.
     */
    Browser(String language, String... extraArguments) {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=1280,900", "--lang=" + language,
                    "--user-data-dir=" + profile);
            options.addArguments(extraArguments);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            // the console, where Chromium reports what a content security policy blocked
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A German browser with JavaScript switched off, for the pages that must work without it. */
    static Browser withoutJavaScript() {
        return new Browser("de-DE", "--blink-settings=scriptEnabled=false");
    }

    WebDriver driver() {
        return driver;
    }

    /** A wait that looks again when the page was replaced under an element (a reload after a click). */
    WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Shows pages as a phone of this width does (Chromium's device emulation): a headless window cannot be
     * made narrower than 500 px with --window-size.
     */
    void emulatePhone(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }

    /**
     * The text of every element matching {@code css}, read in one step in the page: a list that redraws itself
     * (the reservation queue's poll) cannot replace an element between reading one and the next.
     */
    List<String> texts(String css) {
        List<?> texts = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), e => e.innerText.trim());", css);
        return texts.stream().map(String::valueOf).toList();
    }

    /** The console messages since the last call, e.g. "Refused to execute inline script …". */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
