package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.test.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operations console in a real headless Chromium ({@link HeadlessChromium}), driven as staff
 * drive it: open, sign in as a local user, choose a screen, find
 * a customer; screenshots go to target/console-screenshots. A test class registers one
 * ({@code @RegisterExtension static final ConsoleBrowser console = ConsoleBrowser.onThePlatform()}):
 * it opens before the class's first test on the shared platform, the browser's console must hold
 * no error after each test, and it closes after the last.
 */
final class ConsoleBrowser implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private String gatewayUrl;
    private ChromeDriver browser;

    private ConsoleBrowser() {}

    static ConsoleBrowser onThePlatform() {
        return new ConsoleBrowser();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        gatewayUrl = TestPlatform.get().gatewayUrl();
        browser = HeadlessChromium.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        assertNoErrors();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
        }
    }

    ChromeDriver driver() {
        return browser;
    }

    /** The errors the page's scripts wrote to the browser's console since the last read. */
    List<LogEntry> errors() {
        return HeadlessChromium.errors(browser);
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
        HeadlessChromium.screenshot(browser, name);
    }

    /**
     * Saves the whole page, beyond the window, as {@code <name>.png} next to the other screenshots:
     * Chromium's DevTools capture of the layout's full content size.
     */
    @SuppressWarnings("unchecked")
    void fullPageScreenshot(String name) throws IOException {
        Map<String, Object> layout = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) layout.get("cssContentSize");
        Map<String, Object> shot = browser.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1)));
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        Files.write(
                HeadlessChromium.SCREENSHOTS.resolve(name + ".png"),
                Base64.getDecoder().decode((String) shot.get("data")));
    }
}
