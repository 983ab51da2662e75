package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.deploy.GatewayClient.Reply;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The console's portfolio dashboard in a real headless Chromium against the whole platform: three
 * customers buy in three installments, two pay their first installment a day later and one does not, and end
 * of day runs ten days past the first due date. A viewer (the least role) opens the dashboard: every
 * panel draws its chart as SVG from the platform's own answers (the buckets' total and the late
 * plan's bucket as the portfolio API gives them), in English and in Chinese, with no error in the
 * browser's console. Screenshots console-dashboard.png and console-dashboard-zh.png.
 */
class ConsoleDashboardIT {

    static final List<String> CHARTS = List.of("buckets", "dpd", "approvals", "vintages", "stability", "reserve");

    static Platform platform;
    static GatewayClient alice;

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.onThePlatform();

    @BeforeAll
    static void seedCustomersOneOfThemLateAndOpenABrowser() throws Exception {
        platform = TestPlatform.get();
        GatewayClient shop = GatewayClient.asShop(platform.gatewayUrl());
        alice = GatewayClient.asStaff(platform.gatewayUrl(), "alice").because("ConsoleDashboardIT");
        PlatformSteps steps = new PlatformSteps(shop, alice);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<JsonNode> plans = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String customer = "dash-" + run + "-" + i;
            steps.open(customer, CustomerStory.application(customer), "A");
            plans.add(steps.buyInThree(customer, (800 + 100 * i) + ".00"));
        }
        // A day on, the first periods have started: a payment settles the first installment (paid on
        // the day of capture it would prepay the last one, and the first would still fall due).
        steps.endOfDay(LocalDate.parse(steps.businessDate()).plusDays(1));
        for (JsonNode plan : plans.subList(0, 2)) {
            Reply paid = shop.post("/api/v1/repayments", """
                    {"planId":"%s","paymentReference":"dash-%s","amount":%s}""".formatted(
                            plan.path("planId").asString(),
                            plan.path("planId").asString(),
                            plan.path("installments").get(0).path("amountDue")));
            assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);
        }
        LocalDate firstDue = steps.firstDueDate(plans.getLast());
        steps.endOfDay(firstDue.plusDays(10));
    }

    @Test
    void shouldDrawThePortfolioAsTheApiGivesItForAViewerInEnglishAndChinese() throws IOException {
        JsonNode portfolio = alice.get("/api/v1/admin/portfolio/delinquency").body();
        assertThat(bucket(portfolio, "M1").path("plans").asLong())
                .as("the late plan, 10 days past due")
                .isGreaterThanOrEqualTo(1);
        BigDecimal outstanding = new BigDecimal(
                portfolio.path("outstandingPrincipal").path("amount").asString());
        String total = "¥" + String.format(Locale.UK, "%,.2f", outstanding) + " outstanding across "
                + portfolio.path("plans").asLong() + " plans";

        console.signIn("vera");
        assertThat(console.visibleNavigation()).containsSubsequence("Customer 360", "Portfolio");
        console.choose("dashboard");
        console.waitForText(By.cssSelector("[data-test=summary-buckets]"), total);
        for (String chart : CHARTS) {
            console.waitFor(By.cssSelector("[data-test=chart-" + chart + "] svg"));
        }
        console.wait(PlatformSteps.EVENTUALLY)
                .until(d -> console.elements(By.cssSelector("#view-dashboard figcaption")).stream()
                        .noneMatch(summary -> summary.getText().isBlank()));
        for (WebElement summary : console.elements(By.cssSelector("#view-dashboard figcaption"))) {
            assertThat(summary.getAttribute("class")).as(summary.getText()).doesNotContain("error");
        }
        String buckets = chartText("buckets");
        assertThat(buckets).contains("Current", "1-30", "Charged off");
        assertThat(console.element(By.cssSelector("[data-test=chart-buckets]")).getAttribute("aria-label"))
                .as("ECharts' description for screen readers")
                .isNotBlank();
        console.waitForText(
                By.cssSelector("[data-test=summary-dpd]"),
                bucket(portfolio, "M1").path("plans").asLong()
                        + bucket(portfolio, "M2").path("plans").asLong()
                        + bucket(portfolio, "M3").path("plans").asLong()
                        + bucket(portfolio, "M3_PLUS").path("plans").asLong() + " of ");

        Dimension usual = console.driver().manage().window().getSize();
        console.driver().manage().window().setSize(new Dimension(1400, 2000));
        try {
            console.waitFor(By.cssSelector("[data-test=chart-reserve] svg"));
            console.screenshot("console-dashboard");
            new Select(console.element(By.id("lang"))).selectByValue("zh");
            console.waitForText(By.cssSelector("[data-test=summary-buckets]"), "未偿本金");
            for (String chart : CHARTS) {
                console.waitFor(By.cssSelector("[data-test=chart-" + chart + "] svg"));
            }
            assertThat(chartText("buckets")).contains("正常", "已核销");
            console.screenshot("console-dashboard-zh");
            new Select(console.element(By.id("lang"))).selectByValue("en");
        } finally {
            console.driver().manage().window().setSize(usual);
        }
    }

    /** The words an SVG chart draws (axis labels, legend). */
    static String chartText(String chart) {
        return console.element(By.cssSelector("[data-test=chart-" + chart + "] svg"))
                .getDomProperty("textContent");
    }

    static JsonNode bucket(JsonNode portfolio, String name) {
        for (JsonNode b : portfolio.path("buckets")) {
            if (b.path("bucket").asString().equals(name)) {
                return b;
            }
        }
        throw new AssertionError("no bucket " + name + " in " + portfolio);
    }
}
