package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operations console in a real headless Chromium (Debian's chromium and chromium-driver, never
 * a downloaded one), driven as staff drive it: open, sign in as a local user, choose a screen, find
 * a customer; screenshots go to target/console-screenshots, and the browser's console errors are
 * read after each test.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    static final String CHROMEDRIVER = System.getProperty("console.chromedriver", "/usr/bin/chromedriver");
    static final String CHROMIUM = System.getProperty("console.chromium", "/usr/bin/chromium");

    private final String gatewayUrl;
    private final ChromeDriver browser;
    private final Path profile;

    private ConsoleBrowser(String gatewayUrl) throws IOException {
        this.gatewayUrl = gatewayUrl;
        Files.createDirectories(SCREENSHOTS);
        this.profile = Files.createTempDirectory("console-chromium");
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
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.browser = new ChromeDriver(service, options);
    }

    static ConsoleBrowser open(Platform platform) throws IOException {
        return new ConsoleBrowser(platform.gatewayUrl());
    }

    ChromeDriver driver() {
        return browser;
    }

    /** The errors the page's scripts wrote to the browser's console since the last read. */
    List<LogEntry> errors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }

    void assertNoErrors() {
        assertThat(errors()).as("errors in the browser console").isEmpty();
    }

    void openConsole(String language) {
        browser.get(gatewayUrl + "/console/");
        browser.executeScript(
                "sessionStorage.clear(); localStorage.setItem('creditline.console.lang', arguments[0]);", language);
        browser.navigate().refresh();
    }

    void signIn(String user) {
        openConsole("en");
        waitFor(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user + "-local");
        browser.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("nav")));
        assertThat(browser.findElement(By.id("who")).getText()).contains(user);
    }

    List<String> navigationOf(String user) {
        signIn(user);
        return visibleNavigation();
    }

    List<String> visibleNavigation() {
        return browser.findElements(By.cssSelector("#nav li")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
    }

    /** Chooses a screen in the navigation (customer, queue, audit...). */
    void choose(String screen) {
        waitFor(By.cssSelector("#nav a[data-view=" + screen + "]")).click();
        waitFor(By.id("view-" + screen));
    }

    void find(String customerId) {
        WebElement id = waitFor(By.id("customer-id"));
        id.clear();
        id.sendKeys(customerId);
        browser.findElement(By.cssSelector("#find-form button[type=submit]")).click();
        wait(PlatformSteps.EVENTUALLY).until(ExpectedConditions.visibilityOfElementLocated(By.id("cases")));
    }

    WebElement waitFor(By locator) {
        return wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(By locator, String text) {
        wait(PlatformSteps.EVENTUALLY).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    WebElement element(By locator) {
        return browser.findElement(locator);
    }

    List<WebElement> elements(By locator) {
        return browser.findElements(locator);
    }

    String text(By locator) {
        return browser.findElement(locator).getText();
    }

    void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        browser.quit();
    }

    static {
        // Debian's driver: Selenium Manager is never asked to find (or download) one.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    }
}
