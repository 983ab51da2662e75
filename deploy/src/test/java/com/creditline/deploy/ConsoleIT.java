package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.deploy.GatewayClient.Reply;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The operations console in a real headless Chromium (Debian's chromium and chromium-driver)
 * against the whole platform: each role signs in and sees only its navigation; a credit officer
 * finds a customer, sees the line, the plan with its schedule and no collections case, and changes
 * the limit with a reason, which the line's history and the gateway's audit log then show; a
 * collector sees no limit action and the API refuses the change anyway; Chinese and English; and
 * the browser's console stays free of errors. Last (its end of day makes every seeded customer
 * late), a collector claims a case from the collections queue, records a call and takes a promise
 * to pay. Screenshots in target/console-screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    static final Duration EVENTUALLY = PlatformSteps.EVENTUALLY;
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    static final String CHROMEDRIVER = System.getProperty("console.chromedriver", "/usr/bin/chromedriver");
    static final String CHROMIUM = System.getProperty("console.chromium", "/usr/bin/chromium");

    static Platform platform;
    static String customer;
    static BigDecimal limit;
    static ChromeDriver browser;
    static Path profile;
    static PlatformSteps steps;
    static GatewayClient alice;

    @BeforeAll
    static void seedACustomerAndOpenABrowser() throws Exception {
        platform = TestPlatform.get();
        GatewayClient shop = GatewayClient.asShop(platform.gatewayUrl());
        alice = GatewayClient.asStaff(platform.gatewayUrl(), "alice").because("ConsoleIT");
        steps = new PlatformSteps(shop, alice);
        customer = "console-" + UUID.randomUUID().toString().substring(0, 8);
        limit = steps.open(customer, CustomerStory.application(customer), "A");
        steps.buyInThree(customer, "1000.00");

        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("console-chromium");
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
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void browserConsoleHasNoErrors() {
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertThat(severe).as("errors in the browser console").isEmpty();
    }

    @Test
    void shouldShowEachRoleOnlyItsNavigationInEnglishAndChinese() throws IOException {
        openConsole("en");
        waitFor(By.id("signin-form"));
        assertThat(browser.getTitle()).isEqualTo("Credit line operations");
        screenshot("sign-in");

        assertThat(navigationOf("alice")).containsExactly("Customer 360", "Collections queue", "Audit log");
        assertThat(navigationOf("olga")).containsExactly("Customer 360");
        assertThat(navigationOf("colin")).containsExactly("Customer 360", "Collections queue");
        assertThat(navigationOf("vera")).containsExactly("Customer 360");

        new Select(browser.findElement(By.id("lang"))).selectByValue("zh");
        assertThat(visibleNavigation()).containsExactly("客户360");
        assertThat(browser.findElement(By.id("signout")).getText()).isEqualTo("退出");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        screenshot("customer-360-zh");
        new Select(browser.findElement(By.id("lang"))).selectByValue("en");
        assertThat(visibleNavigation()).containsExactly("Customer 360");
        browser.findElement(By.id("signout")).click();
        waitFor(By.id("signin-form"));
    }

    @Test
    void shouldShowAnOfficerTheCustomerAndLetThemChangeTheLimitWithAReason() throws IOException {
        signIn("olga");
        find(customer);
        WebElement line = browser.findElement(By.id("line"));
        assertThat(line.getText()).contains("ACTIVE", "Grade");
        assertThat(browser.findElement(By.cssSelector("[data-test=permanent-limit]"))
                        .getText())
                .contains(String.format(Locale.US, "%,.2f", limit));
        List<WebElement> plans = browser.findElements(By.cssSelector("#plans article.plan"));
        assertThat(plans).hasSize(1);
        assertThat(plans.getFirst().findElements(By.cssSelector("[data-test=schedule] tbody tr")))
                .hasSize(3);
        assertThat(browser.findElement(By.id("cases")).getText()).contains("No collections case.");

        BigDecimal newLimit = limit.add(new BigDecimal("500.00"));
        String reason = "收入已核实 income verified (ConsoleIT " + customer + ")";
        WebElement amount = browser.findElement(By.id("limit-amount"));
        amount.clear();
        amount.sendKeys(newLimit.toPlainString());
        browser.findElement(By.id("limit-reason")).sendKeys(reason);
        browser.findElement(By.cssSelector("#limit-form button[type=submit]")).click();
        wait(EVENTUALLY).until(ExpectedConditions.textToBePresentInElementLocated(By.id("limit-message"), "now"));
        assertThat(browser.findElement(By.cssSelector("[data-test=permanent-limit]"))
                        .getText())
                .contains(String.format(Locale.US, "%,.2f", newLimit));
        String history =
                browser.findElement(By.cssSelector("[data-test=history]")).getText();
        assertThat(history).contains(reason, "olga");
        screenshot("customer-360-officer");

        assertThat(audited().stream()
                        .filter(e -> e.path("path")
                                .asString()
                                .equals("/api/v1/admin/credit-accounts/" + customer + "/limit"))
                        .toList())
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.path("method").asString()).isEqualTo("PUT");
                    assertThat(entry.path("reason").asString()).isEqualTo(reason);
                    assertThat(entry.path("actor").asString()).contains("olga");
                    assertThat(entry.path("status").asInt()).isEqualTo(200);
                });

        signIn("alice");
        browser.findElement(By.cssSelector("#nav a[data-view=audit]")).click();
        wait(EVENTUALLY).until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-detail"), reason));
        screenshot("audit-log-admin");
    }

    @Test
    void shouldShowACollectorNoLimitActionAndTheApiRefusesItAnyway() throws IOException {
        signIn("colin");
        find(customer);
        assertThat(browser.findElement(By.id("plans")).getText()).contains("Schedule");
        assertThat(browser.findElements(By.id("limit-action"))).isEmpty();
        assertThat(browser.findElements(By.id("limit-form"))).isEmpty();
        screenshot("customer-360-collector");

        GatewayClient colin =
                GatewayClient.asStaff(platform.gatewayUrl(), "colin").because("ConsoleIT: a collector tries");
        Reply refused = colin.put(
                "/api/v1/admin/credit-accounts/" + customer + "/limit",
                "{\"limit\":{\"amount\":\"90000.00\",\"currency\":\"CNY\"},\"reason\":\"not mine to give\"}");
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(403);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void shouldLetACollectorClaimACaseRecordACallAndTakeAPromise() throws IOException {
        String debtor = "queue-" + UUID.randomUUID().toString().substring(0, 8);
        steps.open(debtor, CustomerStory.application(debtor), "A");
        LocalDate firstDue = steps.firstDueDate(steps.buyInThree(debtor, "900.00"));
        steps.endOfDay(firstDue.plusDays(10));
        String casePath = "/api/v1/collections/cases?customerId=" + debtor;
        String caseId = alice.await(
                        casePath,
                        r -> r.body().size() > 0
                                && r.body().get(0).path("daysPastDue").asInt() >= 7,
                        EVENTUALLY)
                .body()
                .get(0)
                .path("caseId")
                .asString();

        signIn("colin");
        browser.findElement(By.cssSelector("#nav a[data-view=queue]")).click();
        waitFor(By.id("queue-filter"));
        new Select(browser.findElement(By.id("queue-bucket"))).selectByValue("M1");
        browser.findElement(By.id("queue-every")).click();
        browser.findElement(By.cssSelector("#queue-filter button[type=submit]")).click();
        String row = "tr[data-case='" + caseId + "']";
        waitFor(By.cssSelector(row + " [data-test=claim]")).click();
        wait(EVENTUALLY)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(row + " [data-test=assignee]"), "colin"));

        new Select(waitFor(By.id("call-outcome"))).selectByValue("PROMISED");
        browser.findElement(By.id("call-note")).sendKeys("will pay after payday");
        browser.findElement(By.cssSelector("#call-form button[type=submit]")).click();
        wait(EVENTUALLY)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-message"), "call is recorded"));
        browser.findElement(By.cssSelector("#promise-form button[type=submit]")).click();
        wait(EVENTUALLY)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-message"), "Promise recorded"));
        assertThat(browser.findElement(By.cssSelector("[data-test=case-promise]"))
                        .getText())
                .isNotEqualTo("—");
        assertThat(browser.findElement(By.cssSelector("#queue-case [data-test=attempts]"))
                        .getText())
                .contains("colin", "Promised to pay", "will pay after payday");
        screenshot("collections-queue");

        JsonNode theCase = alice.get("/api/v1/collections/cases/" + caseId).body();
        assertThat(theCase.path("promise").path("status").asString()).isEqualTo("OPEN");
        List<String> calls = new ArrayList<>();
        theCase.path("attempts")
                .forEach(a -> calls.add(
                        a.path("agent").asString() + " " + a.path("outcome").asString()));
        assertThat(calls).contains("colin PROMISED");
        assertThat(audited().stream()
                        .filter(e -> e.path("path")
                                .asString()
                                .equals("/api/v1/admin/collections/cases/" + caseId + "/claim"))
                        .toList())
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.path("actor").asString()).contains("colin");
                    assertThat(entry.path("status").asInt()).isEqualTo(200);
                });
    }

    private static List<JsonNode> audited() {
        List<JsonNode> audited = new ArrayList<>();
        GatewayClient.asStaff(platform.gatewayUrl(), "alice")
                .get("/api/v1/admin/audit?limit=1000")
                .body()
                .forEach(audited::add);
        return audited;
    }

    // ---- the browser's steps ----

    private static void openConsole(String language) {
        browser.get(platform.gatewayUrl() + "/console/");
        browser.executeScript(
                "sessionStorage.clear(); localStorage.setItem('creditline.console.lang', arguments[0]);", language);
        browser.navigate().refresh();
    }

    private static void signIn(String user) {
        openConsole("en");
        waitFor(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user + "-local");
        browser.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("nav")));
        assertThat(browser.findElement(By.id("who")).getText()).contains(user);
    }

    private static List<String> navigationOf(String user) {
        signIn(user);
        return visibleNavigation();
    }

    private static List<String> visibleNavigation() {
        return browser.findElements(By.cssSelector("#nav li")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
    }

    private static void find(String customerId) {
        WebElement id = waitFor(By.id("customer-id"));
        id.clear();
        id.sendKeys(customerId);
        browser.findElement(By.cssSelector("#find-form button[type=submit]")).click();
        wait(EVENTUALLY).until(ExpectedConditions.visibilityOfElementLocated(By.id("cases")));
    }

    private static WebElement waitFor(By locator) {
        return wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static {
        // Debian's driver: Selenium Manager is never asked to find (or download) one.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    }
}
