package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.deploy.GatewayClient.Reply;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The operations console in a real headless Chromium (Debian's chromium and chromium-driver)
 * against the whole platform: each role signs in and sees only its navigation; a credit officer
 * finds a customer, sees the line, the plan with its schedule and no collections case, and changes
 * the limit with a reason, which the line's history and the gateway's audit log then show; a
 * collector sees no limit action and the API refuses the change anyway; Chinese and English; and
 * the browser's console stays free of errors. Last (its end of day makes every seeded customer
 * late), a collector claims a case from the collections queue, records a call and takes a promise
 * to pay. Screenshots in target/console-screenshots (see {@link ConsoleBrowser}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    static final Duration EVENTUALLY = PlatformSteps.EVENTUALLY;

    static Platform platform;
    static String customer;
    static BigDecimal limit;

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.onThePlatform();

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
    }

    @Test
    void shouldShowEachRoleOnlyItsNavigationInEnglishAndChinese() throws IOException {
        console.openConsole("en");
        console.waitFor(By.id("signin-form"));
        assertThat(console.driver().getTitle()).isEqualTo("Credit line operations");
        console.screenshot("sign-in");

        // Each screen's own test says who sees it; here, the first screens and who must not see them.
        assertThat(console.navigationOf("alice")).contains("Customer 360", "Collections queue", "Audit log");
        assertThat(console.navigationOf("olga"))
                .contains("Customer 360")
                .doesNotContain("Collections queue", "Audit log");
        assertThat(console.navigationOf("colin"))
                .contains("Customer 360", "Collections queue")
                .doesNotContain("Audit log");
        assertThat(console.navigationOf("vera"))
                .contains("Customer 360")
                .doesNotContain("Collections queue", "Audit log");

        new Select(console.element(By.id("lang"))).selectByValue("zh");
        assertThat(console.visibleNavigation()).contains("客户360").doesNotContain("Customer 360");
        assertThat(console.element(By.id("signout")).getText()).isEqualTo("退出");
        assertThat(console.element(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        console.screenshot("customer-360-zh");
        new Select(console.element(By.id("lang"))).selectByValue("en");
        assertThat(console.visibleNavigation()).contains("Customer 360").doesNotContain("客户360");
        console.element(By.id("signout")).click();
        console.waitFor(By.id("signin-form"));
    }

    @Test
    void shouldShowAnOfficerTheCustomerAndLetThemChangeTheLimitWithAReason() throws IOException {
        console.signIn("olga");
        console.find(customer);
        WebElement line = console.element(By.id("line"));
        assertThat(line.getText()).contains("ACTIVE", "Grade");
        assertThat(console.element(By.cssSelector("[data-test=permanent-limit]"))
                        .getText())
                .contains(String.format(Locale.US, "%,.2f", limit));
        List<WebElement> plans = console.elements(By.cssSelector("#plans article.plan"));
        assertThat(plans).hasSize(1);
        assertThat(plans.getFirst().findElements(By.cssSelector("[data-test=schedule] tbody tr")))
                .hasSize(3);
        assertThat(console.element(By.id("cases")).getText()).contains("No collections case.");

        BigDecimal newLimit = limit.add(new BigDecimal("500.00"));
        String reason = "收入已核实 income verified (ConsoleIT " + customer + ")";
        WebElement amount = console.element(By.id("limit-amount"));
        amount.clear();
        amount.sendKeys(newLimit.toPlainString());
        console.element(By.id("limit-reason")).sendKeys(reason);
        console.element(By.cssSelector("#limit-form button[type=submit]")).click();
        console.wait(EVENTUALLY)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("limit-message"), "now"));
        assertThat(console.element(By.cssSelector("[data-test=permanent-limit]"))
                        .getText())
                .contains(String.format(Locale.US, "%,.2f", newLimit));
        String history = console.element(By.cssSelector("[data-test=history]")).getText();
        assertThat(history).contains(reason, "olga");
        console.screenshot("customer-360-officer");

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

        console.signIn("alice");
        console.choose("audit");
        console.wait(EVENTUALLY)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-detail"), reason));
        console.screenshot("audit-log-admin");
    }

    @Test
    void shouldShowACollectorNoLimitActionAndTheApiRefusesItAnyway() throws IOException {
        console.signIn("colin");
        console.find(customer);
        assertThat(console.element(By.id("plans")).getText()).contains("Schedule");
        assertThat(console.elements(By.id("limit-action"))).isEmpty();
        assertThat(console.elements(By.id("limit-form"))).isEmpty();
        console.screenshot("customer-360-collector");

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

        console.signIn("colin");
        console.choose("queue");
        console.waitFor(By.id("queue-filter"));
        new Select(console.element(By.id("queue-bucket"))).selectByValue("M1");
        console.element(By.id("queue-every")).click();
        console.element(By.cssSelector("#queue-filter button[type=submit]")).click();
        String row = "tr[data-case='" + caseId + "']";
        console.waitFor(By.cssSelector(row + " [data-test=claim]")).click();
        console.wait(EVENTUALLY)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(row + " [data-test=assignee]"), "colin"));

        new Select(console.waitFor(By.id("call-outcome"))).selectByValue("PROMISED");
        console.element(By.id("call-note")).sendKeys("will pay after payday");
        console.element(By.cssSelector("#call-form button[type=submit]")).click();
        console.wait(EVENTUALLY)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-message"), "call is recorded"));
        console.element(By.cssSelector("#promise-form button[type=submit]")).click();
        console.wait(EVENTUALLY)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-message"), "Promise recorded"));
        assertThat(console.element(By.cssSelector("[data-test=case-promise]")).getText())
                .isNotEqualTo("—");
        assertThat(console.element(By.cssSelector("#queue-case [data-test=attempts]"))
                        .getText())
                .contains("colin", "Promised to pay", "will pay after payday");
        console.screenshot("collections-queue");

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
}
