// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages (chromium, chromium-driver), driven from the test
 * client only; nothing here is deployed into the server.
 *
 * <p>Starting Chromium costs 2–3 s on the build machine and the suite opens some sixty browsers, so a
 * closed browser is wiped and kept for the next test that asks for the same language and flags (ADR 0019):
 * a fresh tab, no cookies, no cache, no permissions, no emulated device or position, the desktop window.
 * A browser that cannot be wiped is quit instead.
 */
final class Browser implements AutoCloseable {

    private static final Dimension DESKTOP = new Dimension(1280, 900);

    /** Wiped browsers by language and extra flags; tests run one after another, the lock is only for safety. */
    private static final Map<String, Deque<ChromeDriver>> IDLE = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle, "quit-idle-browsers"));
    }

    private final String kind;
    private final ChromeDriver driver;

    Browser() {
        this("de-DE");
    }

    /**
     * A browser that asks for pages in {@code language} (an Accept-Language value such as "en-GB"), with
     * extra Chromium flags where a test needs them.
     */
    Browser(String language, String... extraArguments) {
        kind = language + " " + String.join(" ", extraArguments);
        driver = takeIdle(kind).orElseGet(() -> start(language, extraArguments));
    }

    private static ChromeDriver start(String language, String... extraArguments) {
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
            ChromeDriver started = new ChromeDriver(service, options);
            started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Optional<ChromeDriver> takeIdle(String kind) {
        return Optional.ofNullable(IDLE.getOrDefault(kind, new ArrayDeque<>()).pollFirst());
    }

    private static synchronized void keepIdle(String kind, ChromeDriver driver) {
        IDLE.computeIfAbsent(kind, k -> new ArrayDeque<>()).addLast(driver);
    }

    private static synchronized void quitIdle() {
        IDLE.values().forEach(drivers -> drivers.forEach(WebDriver::quit));
        IDLE.clear();
    }

    /** A German browser with JavaScript switched off, for the pages that must work without it. */
    static Browser withoutJavaScript() {
        return new Browser("de-DE", "--blink-settings=scriptEnabled=false");
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * A wait that looks again when the page was replaced under an element (a reload after a click). Chromium
     * reports that case as a stale element or, when it happens inside its own inspector call, as an „unknown
     * error: Node with given id does not belong to the document“; both are looked at again, and the last one is
     * the cause of the timeout if the condition never holds.
     */
    WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /**
     * Shows pages as a phone of this width does (Chromium's device emulation): a headless window cannot be
     * made narrower than 500 px with --window-size.
     */
    void emulatePhone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }

    /**
     * The text of every element matching {@code css}, read in one step in the page: a list that redraws itself
     * (the reservation queue's poll) cannot replace an element between reading one and the next.
     */
    List<String> texts(String css) {
        List<?> texts = (List<?>) driver.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), e => e.innerText.trim());", css);
        return texts.stream().map(String::valueOf).toList();
    }

    /** The console messages since the last call, e.g. "Refused to execute inline script …". */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Wipes the browser for the next test, or quits it when the wipe fails (a crashed tab, an open dialog). */
    @Override
    public void close() {
        try {
            wipe();
        } catch (WebDriverException e) {
            driver.quit();
            return;
        }
        keepIdle(kind, driver);
    }

    /**
     * Everything a test may have changed: a new tab replaces the others (so their session storage goes too),
     * cookies, cache, granted permissions, emulated device and position, window size, unread console messages.
     */
    private void wipe() {
        String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(fresh)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(fresh);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Browser.resetPermissions", Map.of());
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.clearGeolocationOverride", Map.of());
        driver.manage().window().setSize(DESKTOP);
        driver.manage().logs().get(LogType.BROWSER);
    }
}
