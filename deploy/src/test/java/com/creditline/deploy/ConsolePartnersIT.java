package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.deploy.GatewayClient.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The console's partners and funding screens in a real headless Chromium against the whole
 * platform: an admin issues a partner's API key and sees it once (after a reload only its
 * metadata), rotates it and revokes the successor, and each old key is then refused (401); the
 * partner's webhook shows; a viewer sees the partners with no button and no secret; the funding
 * screen shows a funder's cap and the exposure a plan gave it, and a merchant, which the admin
 * suspends with a reason. Screenshots in target/console-screenshots.
 */
class ConsolePartnersIT {

    static Platform platform;
    static GatewayClient alice;

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.onThePlatform();

    static String partnerId;
    static String funder;
    static String merchant;

    @BeforeAll
    static void seedAPartnerAFunderAMerchantAndOpenABrowser() throws Exception {
        platform = TestPlatform.get();
        alice = GatewayClient.asStaff(platform.gatewayUrl(), "alice").because("ConsolePartnersIT");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Reply partner = alice.post("/api/v1/admin/partners", "{\"name\":\"Console Travel Co\"}");
        assertThat(partner.status()).as(partner.body().toString()).isEqualTo(201);
        partnerId = partner.text("partnerId");
        Reply webhook = alice.put(
                "/api/v1/admin/partner-webhooks/" + partnerId, "{\"url\":\"https://travel.example.com/hooks\"}");
        assertThat(webhook.status()).as(webhook.body().toString()).isEqualTo(201);

        funder = "console-bank-" + suffix;
        Reply registered = alice.post("/api/v1/admin/funders", """
                {"funderId":"%s","name":"Console Test Bank","kind":"BANK","priority":0,
                 "terms":{"grades":["A"],"minimumInstallments":3,"maximumInstallments":12,
                          "minimumShare":0.10,"maximumShare":0.70,
                          "exposureCap":{"amount":"100000.00","currency":"CNY"},
                          "dailyQuota":{"amount":"50000.00","currency":"CNY"},"yieldRate":0.05},
                 "settlementAccount":"6222 0000 0000 7002"}""".formatted(funder));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        merchant = "console-shop-" + suffix;
        Reply enrolled = alice.post("/api/v1/admin/merchants", """
                {"merchantId":"%s","name":"Console Test Shop","discountRate":0.006,
                 "settlementAccount":"ICBC 6222 0200 1234 5678"}""".formatted(merchant));
        assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(201);

        GatewayClient shop = GatewayClient.asShop(platform.gatewayUrl());
        PlatformSteps steps = new PlatformSteps(shop, alice);
        String customer = "funded-" + suffix;
        steps.open(customer, CustomerStory.application(customer), "A");
        steps.buyInThree(customer, "1000.00");
        alice.await(
                "/api/v1/admin/funders/" + funder,
                r -> r.amount("outstandingPrincipal").equals("700.00"),
                PlatformSteps.EVENTUALLY);
    }

    @AfterAll
    static void suspendTheFunderAndCloseTheBrowser() {
        if (alice != null && funder != null) {
            alice.put("/api/v1/admin/funders/" + funder + "/status", "{\"status\":\"SUSPENDED\"}");
        }
    }

    @Test
    void shouldShowAnAdminANewKeyOnceAndRefuseItOnceRotatedOrRevoked() throws IOException {
        console.signIn("alice");
        assertThat(console.visibleNavigation()).contains("Partners", "Funding & risk");
        console.choose("partners");
        String card = "[data-partner='" + partnerId + "']";
        console.waitFor(By.cssSelector(card + " [data-test='scope-orders:read']"))
                .click();
        console.element(By.id("issue-reason-" + partnerId)).sendKeys("ConsolePartnersIT: onboarding");
        console.element(By.cssSelector(card + " form[data-test=issue-key] button[type=submit]"))
                .click();
        String apiKey = console.waitFor(By.id("key-secret")).getDomProperty("value");
        assertThat(apiKey).startsWith("clk_");
        assertThat(console.text(By.id("key-shown"))).contains("will not be shown again");
        console.screenshot("console-partners-key-shown-once");
        console.element(By.id("key-copy")).click();
        console.wait(Duration.ofSeconds(5))
                .until(d -> !console.text(By.id("key-copied")).isEmpty());
        console.element(By.id("key-done")).click();
        assertThat(console.driver().getPageSource()).doesNotContain(apiKey);
        assertThat(status(apiKey)).as("the new key works").isNotEqualTo(401);

        console.driver().navigate().refresh();
        String keyId = apiKey.substring("clk_".length(), "clk_".length() + 16);
        console.waitForText(By.cssSelector(card + " [data-test=keys]"), keyId);
        assertThat(console.text(By.cssSelector(card + " [data-test=keys]"))).contains("orders:read", "Valid");
        assertThat(console.driver().getPageSource()).doesNotContain(apiKey);

        console.element(By.cssSelector(card + " [data-test=rotate]")).click();
        new Select(console.waitFor(By.id("key-overlap"))).selectByValue("PT0S");
        console.element(By.id("key-change-reason")).sendKeys("ConsolePartnersIT: rotating");
        console.element(By.cssSelector("#key-change-form button[type=submit]")).click();
        String successor = console.waitFor(By.id("key-secret")).getDomProperty("value");
        assertThat(successor).startsWith("clk_").isNotEqualTo(apiKey);
        console.element(By.id("key-done")).click();
        assertThat(status(apiKey)).as("the rotated key, with no overlap").isEqualTo(401);
        assertThat(status(successor)).as("its successor").isNotEqualTo(401);

        console.waitFor(By.cssSelector(card + " [data-test=revoke]")).click();
        console.waitFor(By.id("key-change-reason")).sendKeys("ConsolePartnersIT: revoking");
        console.element(By.cssSelector("#key-change-form button[type=submit]")).click();
        console.waitForText(By.id("partners-message"), "is revoked");
        assertThat(status(successor)).as("the revoked key").isEqualTo(401);
        assertThat(console.elements(By.cssSelector(card + " [data-test=rotate]")))
                .isEmpty();
        assertThat(console.text(By.cssSelector("[data-webhook='" + partnerId + "']")))
                .contains("https://travel.example.com/hooks");
        assertThat(reasonsAudited(partnerId))
                .contains(
                        "ConsolePartnersIT: onboarding", "ConsolePartnersIT: rotating", "ConsolePartnersIT: revoking");
    }

    @Test
    void shouldShowAViewerThePartnersWithNoButtonAndNoSecret() {
        console.signIn("vera");
        console.choose("partners");
        console.waitForText(By.cssSelector("[data-partner='" + partnerId + "']"), "Console Travel Co");
        console.waitFor(By.cssSelector("[data-webhook='" + partnerId + "']"));
        assertThat(console.elements(By.cssSelector("#view-partners button"))).isEmpty();
        assertThat(console.elements(By.cssSelector("#view-partners input"))).isEmpty();
        assertThat(console.driver().getPageSource()).doesNotContain("clk_", "whsec_");
    }

    @Test
    void shouldShowTheFundersCapAndExposureAndLetAnAdminSuspendAMerchant() throws IOException {
        console.signIn("colin");
        assertThat(console.visibleNavigation()).doesNotContain("Funding & risk", "Partners");
        console.signIn("olga");
        console.choose("funding");
        console.waitForText(By.id("funding-funders"), funder);
        assertThat(console.elements(By.cssSelector("#view-funding button"))).isEmpty();

        console.signIn("alice");
        console.choose("funding");
        console.waitForText(By.id("funding-merchants"), merchant);
        String funderRow = row("funders", funder);
        assertThat(console.text(By.xpath(funderRow))).contains("Console Test Bank", "100,000.00", "700.00", "Active");
        assertThat(console.text(By.xpath(row("merchants", merchant)))).contains("Console Test Shop", "0.60%", "Active");
        assertThat(console.text(By.id("funding-models"))).contains("expert-scorecard", "Champion");
        console.screenshot("console-funding-admin");

        console.element(By.xpath(row("merchants", merchant) + "//button[@data-test='merchant-SUSPENDED']"))
                .click();
        console.waitFor(By.id("status-reason")).sendKeys("ConsolePartnersIT: merchant under review");
        console.element(By.cssSelector("#status-form button[type=submit]")).click();
        console.waitForText(By.id("funding-message"), "is now Suspended");
        assertThat(alice.get("/api/v1/admin/merchants/" + merchant).text("status"))
                .isEqualTo("SUSPENDED");
        assertThat(console.text(By.xpath(row("merchants", merchant)))).contains("Suspended", "Reactivate");
    }

    /** The table row of a funding section that names this id. */
    private static String row(String section, String id) {
        return "//section[@id='funding-" + section + "']//tr[contains(., '" + id + "')]";
    }

    private static int status(String apiKey) {
        return GatewayClient.withApiKey(platform.gatewayUrl(), apiKey)
                .get("/api/v1/orders/console-no-such-order")
                .status();
    }

    private static List<String> reasonsAudited(String partner) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode entry : alice.get("/api/v1/admin/audit?limit=1000").body()) {
            if (entry.path("path").asString().startsWith("/api/v1/admin/partners/" + partner + "/keys")) {
                reasons.add(entry.path("reason").asString());
            }
        }
        return reasons;
    }
}
