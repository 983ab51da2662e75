package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.deploy.GatewayClient.Reply;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The actions with a reason in a real headless Chromium against the whole platform: a credit
 * officer adds temporary raises (the second over the first), freezes and unfreezes the line from
 * Customer 360, each in the line's history with its reason and in the gateway's audit log, with
 * the action card's buttons inside the card on a 1280-pixel window; the officer decides an order
 * the fraud check held for review; a collector sees none of these actions and the API refuses them
 * anyway; last (its end of day makes the seeded customers late), a collector takes a promise to
 * pay from Customer 360. The browser's console stays free of errors. Screenshots
 * console-actions-officer.png and console-actions-review.png (see {@link ConsoleBrowser}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleActionsIT {

    static final Duration EVENTUALLY = PlatformSteps.EVENTUALLY;

    static Platform platform;
    static GatewayClient shop;
    static PlatformSteps steps;

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.onThePlatform();

    static String customer;

    @BeforeAll
    static void seedACustomerAndOpenABrowser() throws Exception {
        platform = TestPlatform.get();
        shop = GatewayClient.asShop(platform.gatewayUrl());
        steps = new PlatformSteps(
                shop, GatewayClient.asStaff(platform.gatewayUrl(), "alice").because("ConsoleActionsIT"));
        customer = newCustomer("actions");
        steps.open(customer, CustomerStory.application(customer), "A");
    }

    @Test
    @Order(1)
    void shouldLetAnOfficerRaiseFreezeAndUnfreezeTheLineWithReasonsInHistoryAndAudit() throws IOException {
        console.signIn("olga");
        console.driver().manage().window().setSize(new Dimension(1280, 1000));
        console.find(customer);
        assertButtonsInside(console.waitFor(By.id("line-actions")));

        String firstRaise = "618 大促 festival raise (" + customer + ")";
        raise("2000.00", firstRaise);
        console.waitForText(By.id("raise-message"), "2,000.00 added");
        String secondRaise = "raise over the raise in force (" + customer + ")";
        raise("1000.00", secondRaise);
        console.waitForText(By.id("raise-message"), "1,000.00 added");
        assertThat(console.elements(By.cssSelector("#line [data-test=raises] tbody tr")))
                .hasSize(2);

        String freeze = "suspected account takeover (" + customer + ")";
        console.element(By.id("status-reason")).sendKeys(freeze);
        console.element(By.cssSelector("#status-form button[type=submit]")).click();
        console.waitForText(By.id("status-message"), "FROZEN");
        assertThat(console.text(By.id("line"))).contains("FROZEN");

        String unfreeze = "customer identified by phone (" + customer + ")";
        console.element(By.id("status-reason")).sendKeys(unfreeze);
        console.element(By.cssSelector("#status-form button[type=submit]")).click();
        console.waitForText(By.id("status-message"), "ACTIVE again");
        assertThat(console.text(By.cssSelector("[data-test=history]")))
                .contains(firstRaise, secondRaise, freeze, unfreeze, "olga");
        WebElement actions = console.element(By.id("line-actions"));
        assertButtonsInside(actions);
        console.driver().executeScript("arguments[0].scrollIntoView()", actions);
        console.screenshot("console-actions-officer");

        String line = "/api/v1/admin/credit-accounts/" + customer;
        assertAudited(line + "/temporary-raises", "POST", firstRaise, secondRaise);
        assertAudited(line + "/status", "PUT", freeze, unfreeze);
        Reply after = shop.get(PlatformSteps.linePath(customer));
        assertThat(after.text("status")).isEqualTo("ACTIVE");
        assertThat(after.body().path("temporaryRaises").size()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void shouldLetAnOfficerDecideAnOrderHeldForReview() throws IOException {
        String traveller = newCustomer("held");
        steps.open(traveller, CustomerStory.application(traveller), "A");
        steps.authorise(traveller, "order-" + traveller + "-1", "120.00", "home-" + traveller, 31.2304, 121.4737);
        String order = "order-" + traveller + "-2";
        Reply held = steps.authorise(traveller, order, "6000.00", "new-" + traveller, 43.8256, 87.6168);
        assertThat(held.text("decision")).isEqualTo("REVIEW");

        console.signIn("olga");
        assertThat(console.visibleNavigation()).contains("Order reviews");
        console.choose("reviews");
        console.waitFor(By.cssSelector("[data-test=decide][data-order='" + order + "']"))
                .click();
        assertThat(console.text(By.id("review-order"))).contains("NEW_DEVICE_FAR_LOCATION_LARGE_AMOUNT");
        String reason = "customer confirmed the order by phone (" + order + ")";
        console.element(By.id("review-reason")).sendKeys(reason);
        console.screenshot("console-actions-review");
        console.element(By.cssSelector("#review-form [data-test=approve]")).click();
        console.waitForText(By.id("reviews-message"), "approved");
        assertThat(console.elements(By.cssSelector("[data-test=decide][data-order='" + order + "']")))
                .isEmpty();

        assertThat(shop.get("/api/v1/orders/" + order).text("status")).isEqualTo("AUTHORISED");
        assertAudited("/api/v1/admin/orders/" + order + "/review", "POST", reason);
    }

    @Test
    @Order(3)
    void shouldShowACollectorNoneOfTheseActionsAndTheApiRefusesThem() {
        console.signIn("colin");
        assertThat(console.visibleNavigation()).doesNotContain("Order reviews");
        console.find(customer);
        for (String form : List.of("limit-form", "raise-form", "status-form", "line-actions")) {
            assertThat(console.elements(By.id(form))).as(form).isEmpty();
        }

        GatewayClient colin =
                GatewayClient.asStaff(platform.gatewayUrl(), "colin").because("ConsoleActionsIT: a collector tries");
        String line = "/api/v1/admin/credit-accounts/" + customer;
        List<Reply> refused = List.of(
                colin.post(line + "/temporary-raises", """
                        {"amount":{"amount":"5000.00","currency":"CNY"},"startsOn":"2026-11-01",
                         "endsOn":"2026-11-11","reason":"not mine to give"}"""),
                colin.put(line + "/status", "{\"status\":\"FROZEN\",\"reason\":\"not mine to freeze\"}"),
                colin.post("/api/v1/admin/orders/order-" + customer + "/review", """
                        {"approve":true,"reason":"not mine to decide"}"""));
        assertThat(refused)
                .allSatisfy(r -> assertThat(r.status()).as(r.body().toString()).isEqualTo(403));
        assertThat(shop.get(PlatformSteps.linePath(customer)).text("status")).isEqualTo("ACTIVE");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void shouldLetACollectorTakeAPromiseToPayFromCustomer360() {
        String debtor = newCustomer("promise");
        steps.open(debtor, CustomerStory.application(debtor), "A");
        LocalDate firstDue = steps.firstDueDate(steps.buyInThree(debtor, "900.00"));
        LocalDate today = firstDue.plusDays(10);
        steps.endOfDay(today);
        shop.await(
                "/api/v1/collections/cases?customerId=" + debtor, r -> r.body().size() > 0, EVENTUALLY);
        // The form proposes three days after the later of the case's figures and the line's business
        // date: with the line at end of day's date, that is never before collections' own date.
        shop.await(PlatformSteps.linePath(debtor), r -> r.text("businessDate").equals(today.toString()), EVENTUALLY);

        console.signIn("colin");
        console.find(debtor);
        assertThat(console.elements(By.id("raise-form"))).isEmpty();
        console.waitFor(By.cssSelector("#take-promise-form button[type=submit]"))
                .click();
        console.waitForText(By.id("take-promise-message"), "Promise recorded");

        JsonNode theCase = shop.get("/api/v1/collections/cases?customerId=" + debtor)
                .body()
                .get(0);
        assertThat(theCase.path("promise").path("status").asString()).isEqualTo("OPEN");
    }

    private static void raise(String amount, String reason) {
        console.element(By.id("raise-amount")).sendKeys(amount);
        console.element(By.id("raise-reason")).sendKeys(reason);
        console.element(By.cssSelector("#raise-form button[type=submit]")).click();
    }

    /** Each reason once, under the officer's name, in the order given, each answered 200. */
    private static void assertAudited(String path, String method, String... reasons) {
        List<JsonNode> entries = steps.auditOf(path);
        assertThat(entries.stream().map(e -> e.path("reason").asString()).toList())
                .containsExactly(reasons);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.path("method").asString()).isEqualTo(method);
            assertThat(entry.path("actor").asString()).contains("olga");
            assertThat(entry.path("status").asInt()).isEqualTo(200);
        });
    }

    /** No button of the card reaches past its right edge (they wrap instead). */
    private static void assertButtonsInside(WebElement card) {
        Rectangle box = card.getRect();
        assertThat(card.findElements(By.tagName("button"))).isNotEmpty().allSatisfy(button -> {
            Rectangle b = button.getRect();
            assertThat(b.getX() + b.getWidth()).as(button.getText()).isLessThanOrEqualTo(box.getX() + box.getWidth());
        });
    }

    private static String newCustomer(String kind) {
        return kind + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
