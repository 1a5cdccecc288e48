package dev.commandcenter.ui.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium, driven by its chromedriver: the browser an operator would use, with
 * no download of a browser of its own. Outside CI, a machine without Chromium skips browser tests;
 * in CI (CI=true) their absence is a failure, since .ci/run installs them.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(20);

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    public static Browser open(int width, int height) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(
                    present, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /**
     * Opens {@code address} and returns once that very document has loaded. Chromedriver's {@code get}
     * can return while the previous document (the blank start page, or the page before) is still the one
     * shown, and a test that looks then finds nothing of the new page.
     */
    public void load(String address) {
        driver.get(address);
        long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
        while (!Boolean.TRUE.equals(driver.executeScript(
                "var wanted = new URL(arguments[0], location.href).href.split('#')[0];"
                        + " return document.readyState === 'complete' && location.href.split('#')[0] === wanted;",
                address))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(address + " did not load within " + LOAD_TIMEOUT.toSeconds()
                        + " s; the browser shows " + driver.getCurrentUrl());
            }
            sleep(Duration.ofMillis(50));
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a page", e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * The system colour scheme the pages see through {@code prefers-color-scheme}, {@code "dark"} or
     * {@code "light"}, as an operator's desktop setting would set it; it lasts across navigations.
     */
    public void prefersColorScheme(String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** A phone's screen, 390 × 844 CSS pixels, with the viewport meta tag honoured as a phone does. */
    public void emulatePhone() {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /**
     * The relative luminance (0 black … 1 white) of a colour of the page's body as painted:
     * {@code "backgroundColor"} or {@code "color"}.
     */
    public double bodyLuminance(String property) {
        String colour =
                (String) driver.executeScript("return getComputedStyle(document.body)[arguments[0]];", property);
        String[] rgb = colour.replaceAll("[^0-9,.]", "").split(",");
        double[] weights = {0.2126, 0.7152, 0.0722};
        double luminance = 0;
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(rgb[i]) / 255;
            luminance += weights[i] * (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
        }
        return luminance;
    }

    /** Console messages at warning level or worse since the last call. */
    public List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves a screenshot of the current page, for the docs and for a person to look at. */
    public void screenshot(Path target) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
