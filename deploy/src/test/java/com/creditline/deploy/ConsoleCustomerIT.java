package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.deploy.GatewayClient.Reply;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * Customer 360 shows everything about a customer, in a real headless Chromium against the whole
 * platform: a customer seeded through the API with an application, two orders (one captured into a
 * plan, one authorised and voided), a payment, a link to a partner platform, and then late into
 * collections with an agent's call and a promise to pay. A viewer finds the customer and sees the
 * seeded figures in every section: the line, the decision with its model, the orders, the plan's
 * schedule and ledger, the payment, the case with its contact attempts and promise, the partner
 * link; in English and Chinese, with no error in the browser's console. Its end of day moves the
 * platform's business date past the plan's first due date, as ConsoleIT's last test does.
 */
class ConsoleCustomerIT {

    static final Duration EVENTUALLY = PlatformSteps.EVENTUALLY;

    static String customer;
    static GatewayClient alice;
    static JsonNode decision;
    static JsonNode plan;
    static String caseId;
    static LocalDate promisedDate;

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.onThePlatform();

    @BeforeAll
    static void seedACustomerWithEverythingAndOpenABrowser() throws Exception {
        Platform platform = TestPlatform.get();
        GatewayClient shop = GatewayClient.asShop(platform.gatewayUrl());
        alice = GatewayClient.asStaff(platform.gatewayUrl(), "alice").because("ConsoleCustomerIT");
        PlatformSteps steps = new PlatformSteps(shop, alice);
        customer = "c360-" + UUID.randomUUID().toString().substring(0, 8);

        steps.open(customer, CustomerStory.application(customer), "A");
        decision =
                alice.get("/api/v1/applications?customerId=" + customer).body().get(0);
        plan = steps.buyInThree(customer, "1200.00");
        Reply second = shop.post("/api/v1/orders/held-" + customer + "/authorisation", """
                {"customerId":"%s","amount":{"amount":"300.00","currency":"CNY"}}""".formatted(customer));
        assertThat(second.text("status")).as(second.body().toString()).isEqualTo("AUTHORISED");
        // Voided before end of day moves the date past the 30 days a hold may wait for its capture.
        Reply voided = shop.post("/api/v1/orders/held-" + customer + "/void", "");
        assertThat(voided.text("status")).as(voided.body().toString()).isEqualTo("VOIDED");
        Reply paid = shop.post(
                "/api/v1/repayments", """
                {"planId":"%s","paymentReference":"pay-%s","amount":{"amount":"100.00","currency":"CNY"}}""".formatted(plan.path("planId").asString(), customer));
        assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);
        Reply linked = shop.post("/api/v1/customers/" + customer + "/partner-links", """
                {"partnerId":"travel-co","purpose":"Pay for trips in installments"}""");
        assertThat(linked.status()).as(linked.body().toString()).isEqualTo(201);

        LocalDate late = steps.firstDueDate(plan).plusDays(10);
        steps.endOfDay(late);
        caseId = alice.await(
                        "/api/v1/collections/cases?customerId=" + customer,
                        r -> r.body().size() > 0
                                && r.body().get(0).path("daysPastDue").asInt() >= 7,
                        EVENTUALLY)
                .body()
                .get(0)
                .path("caseId")
                .asString();
        String cases = "/api/v1/admin/collections/cases/" + caseId;
        assertThat(alice.post(cases + "/claim", "").status()).isEqualTo(200);
        Reply call = alice.post(cases + "/calls", "{\"outcome\":\"PROMISED\",\"note\":\"pays on Friday\"}");
        assertThat(call.status()).as(call.body().toString()).isEqualTo(201);
        promisedDate = late.plusDays(3);
        Reply promise = alice.post("/api/v1/collections/cases/" + caseId + "/promises", """
                {"promisedDate":"%s","amount":{"amount":"450.00","currency":"CNY"}}""".formatted(promisedDate));
        assertThat(promise.status()).as(promise.body().toString()).isEqualTo(201);
    }

    @Test
    void shouldShowAViewerEverythingAboutTheCustomerInEverySection() throws IOException {
        // Read now, not at opening: the delinquency may have moved the line since (risk cuts it).
        String outstanding = alice.get(PlatformSteps.linePath(customer)).amount("outstanding");
        console.signIn("vera");
        console.find(customer);

        assertThat(console.text(By.cssSelector("[data-test=permanent-limit]"))).matches(".*\\d[\\d,]*\\.\\d\\d");
        assertThat(console.text(By.id("line"))).contains(yuan(new BigDecimal(outstanding)));

        String decisions = console.text(By.cssSelector("#decisions [data-test=decisions]"));
        JsonNode model = decision.path("model");
        assertThat(decisions)
                .contains("APPROVED", decision.path("pricingTier").asString())
                .contains(model.path("modelId").asString() + " v"
                        + model.path("version").asInt())
                .contains(yuan(new BigDecimal(
                        decision.path("recommendedLimit").path("amount").asString())));

        List<WebElement> orders = console.elements(By.cssSelector("#orders [data-test=orders] tbody tr"));
        assertThat(orders).hasSize(2);
        assertThat(orders.get(0).getText()).contains("held-" + customer, "VOIDED", "300.00");
        assertThat(orders.get(1).getText())
                .contains(
                        "order-" + customer,
                        "1,200.00",
                        shortId(plan.path("planId").asString()),
                        "3×");

        WebElement thePlan = console.element(By.cssSelector("#plans article.plan"));
        assertThat(thePlan.findElements(By.cssSelector("[data-test=schedule] tbody tr")))
                .hasSize(3);
        String ledger =
                thePlan.findElement(By.cssSelector("[data-test=ledger]")).getText();
        assertThat(ledger).contains("PLAN_CREATED", "PAYMENT_PRINCIPAL", "payment:pay-" + customer, "1,200.00");

        List<WebElement> payments = console.elements(By.cssSelector("#payments [data-test=payments] tbody tr"));
        assertThat(payments)
                .singleElement()
                .satisfies(row -> assertThat(row.getText())
                        .contains(
                                "pay-" + customer,
                                "100.00",
                                shortId(plan.path("planId").asString())));

        WebElement theCase = console.element(By.cssSelector("#cases article[data-case='" + caseId + "']"));
        assertThat(theCase.getText()).contains("OPEN", "M1");
        assertThat(theCase.findElement(By.cssSelector("[data-test=attempts]")).getText())
                .contains("alice", "PROMISED", "pays on Friday");
        assertThat(theCase.findElement(By.cssSelector("[data-test=promise]")).getText())
                .contains("OPEN", promisedDate.toString(), "450.00");

        assertThat(console.text(By.cssSelector("#partner-links [data-test=links]")))
                .contains("travel-co", "Active", "Pay for trips in installments");
        console.fullPageScreenshot("console-customer-360-full");

        new Select(console.element(By.id("lang"))).selectByValue("zh");
        assertThat(console.text(By.id("decisions-title"))).isEqualTo("申请与审批决定");
        assertThat(console.text(By.id("partner-links"))).contains("合作平台关联", "有效");
        assertThat(console.text(By.id("payments-title"))).isEqualTo("还款记录");
        new Select(console.element(By.id("lang"))).selectByValue("en");
        assertThat(console.text(By.id("orders-title"))).isEqualTo("Orders");
    }

    private static String yuan(BigDecimal amount) {
        return String.format(Locale.US, "%,.2f", amount);
    }

    private static String shortId(String id) {
        return id.substring(0, 8);
    }
}
