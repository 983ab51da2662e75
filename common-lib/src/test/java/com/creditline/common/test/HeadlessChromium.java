package com.creditline.common.test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium for the operations console's browser tests: Debian's chromium and
 * chromium-driver ({@code /usr/bin}, or the {@code console.chromium} and {@code console.chromedriver}
 * properties), never one that Selenium Manager would download; its own throwaway profile, English,
 * a desktop-sized window, and the page's console messages kept for {@link #errors}.
 */
public final class HeadlessChromium {

    public static final String CHROMEDRIVER = System.getProperty("console.chromedriver", "/usr/bin/chromedriver");
    public static final String CHROMIUM = System.getProperty("console.chromium", "/usr/bin/chromium");
    /** Where the browser tests leave their screenshots (the module's target/console-screenshots). */
    public static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private HeadlessChromium() {}

    public static ChromeDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=en-US",
                "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("console-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** The errors the page's scripts wrote to the browser's console since the last read. */
    public static List<LogEntry> errors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }

    /** Saves what the browser shows now as {@code <name>.png} in {@link #SCREENSHOTS}. */
    public static void screenshot(ChromeDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static {
        // Debian's driver: Selenium Manager is never asked to find (or download) one.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    }
}
