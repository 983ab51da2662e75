package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's operations screen and the audit search in a real headless Chromium against the
 * whole platform: an admin sees the business date, the end-of-day run an operator started (and runs
 * the next date with a reason), the reconciliation and every service's dead letters (one provoked: a
 * message credit-limit cannot read, whose re-drive fails again with a clear problem), and finds that
 * run in the audit log by who and why; a viewer sees the same screen without a button or a field; a
 * collector and a credit officer do not see it. Screenshots {@code console-operations-admin.png}
 * and {@code console-audit-search.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleOperationsIT {

    static final String[] SERVICES = {"credit-limit", "checkout", "repayment", "risk-scoring", "collections"};

    static Platform platform;

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.onThePlatform();

    static PlatformSteps steps;
    static String reason;
    static String poison;

    @BeforeAll
    static void runEndOfDayAndOpenABrowser() throws Exception {
        platform = TestPlatform.get();
        reason = "ops console check " + UUID.randomUUID().toString().substring(0, 8);
        GatewayClient alice =
                GatewayClient.asStaff(platform.gatewayUrl(), "alice").because(reason);
        steps = new PlatformSteps(GatewayClient.asShop(platform.gatewayUrl()), alice);
        steps.endOfDay(LocalDate.parse(steps.businessDate()).plusDays(1));
        poison = "not an event " + reason;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("risk.decisions.v1", "poison", poison))
                    .get();
        }
        alice.await(
                "/api/v1/admin/dead-letters/credit-limit",
                r -> r.body().toString().contains(poison),
                PlatformSteps.EVENTUALLY);
    }

    @Test
    @Order(1)
    void shouldShowAnAdminTheBusinessDateTheRunsTheReconciliationAndTheDeadLetters() throws IOException {
        console.signIn("alice");
        assertThat(console.visibleNavigation()).contains("Operations", "Audit log");
        console.choose("operations");

        console.waitForText(By.cssSelector("[data-test=business-date]"), steps.businessDate());
        console.waitForText(By.cssSelector("[data-test=eodRuns] tbody tr:first-child"), "staff:alice");
        assertThat(console.text(By.cssSelector("[data-test=eodRuns] tbody tr:first-child")))
                .contains("Completed", steps.businessDate());
        String differences =
                console.waitFor(By.cssSelector("[data-test=recon-count]")).getText();
        if (differences.equals("0")) {
            assertThat(console.element(By.cssSelector("[data-test=recon-fine]")).getAttribute("class"))
                    .contains("ok");
        } else {
            assertThat(console.elements(By.cssSelector("[data-test=recon-differences] tbody tr")))
                    .hasSize(Integer.parseInt(differences));
        }
        console.wait(PlatformSteps.EVENTUALLY)
                .until(d ->
                        d.findElements(By.cssSelector("#ops-letters .letters")).size() == SERVICES.length);
        for (String service : SERVICES) {
            assertThat(console.text(By.cssSelector(".letters[data-service=" + service + "]")))
                    .doesNotContain("The request failed");
        }
        String poisonRow = ".letters[data-service=credit-limit] tbody tr";
        console.waitForText(By.cssSelector(".letters[data-service=credit-limit]"), poison);
        console.screenshot("console-operations-admin");

        WebElement letter = console.elements(By.cssSelector(poisonRow)).stream()
                .filter(row -> row.getText().contains(poison))
                .findFirst()
                .orElseThrow();
        console.element(By.id("redrive-reason")).sendKeys("credit-limit reads it now? " + reason);
        letter.findElement(By.cssSelector("[data-test=redrive]")).click();
        console.waitForText(By.id("letters-message"), "failed again");
        // The refusal itself is what the browser logs: a 409 for the re-drive, nothing else.
        assertThat(console.errors())
                .extracting(LogEntry::getMessage)
                .allSatisfy(m -> assertThat(m).contains("409"));
        console.waitForText(By.cssSelector(".letters[data-service=credit-limit]"), poison);

        LocalDate next = LocalDate.parse(steps.businessDate()).plusDays(1);
        console.element(By.id("eod-reason")).sendKeys(reason + " (from the console)");
        console.element(By.id("eod-ahead")).click();
        console.element(By.cssSelector("[data-test=run-end-of-day]")).click();
        console.waitForText(By.id("eod-message"), "End of day processed 1 date(s)");
        console.waitForText(By.cssSelector("[data-test=business-date]"), next.toString());
        console.waitForText(By.cssSelector("[data-test=eodRuns] tbody tr:first-child"), next.toString());
    }

    @Test
    @Order(2)
    void shouldFindTheSeededChangeInTheAuditLogByActorAndReason() throws IOException {
        console.signIn("alice");
        console.choose("audit");
        console.waitFor(By.id("audit-filter"));
        console.element(By.id("audit-actor")).sendKeys("alice");
        new Select(console.element(By.id("audit-method"))).selectByValue("POST");
        console.element(By.id("audit-path")).sendKeys("end-of-day");
        console.element(By.id("audit-reason")).sendKeys(reason.toUpperCase());
        console.element(By.cssSelector("#audit-filter button[type=submit]")).click();
        console.waitForText(By.id("audit-detail"), "(from the console)");

        assertThat(console.elements(By.cssSelector("[data-test=audit] tbody tr")))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(row ->
                        assertThat(row.getText()).contains("staff:alice", reason, "POST /api/v1/admin/end-of-day"));
        console.screenshot("console-audit-search");

        console.element(By.id("audit-reason")).sendKeys(" and nothing else");
        console.element(By.cssSelector("#audit-filter button[type=submit]")).click();
        console.waitForText(By.id("audit-detail"), "No entry.");
    }

    @Test
    @Order(3)
    void shouldShowAViewerTheScreenWithoutAButtonOrAField() {
        console.signIn("vera");
        assertThat(console.visibleNavigation()).contains("Operations").doesNotContain("Audit log");
        console.choose("operations");
        console.waitForText(By.cssSelector("[data-test=business-date]"), steps.businessDate());
        console.waitFor(By.cssSelector("[data-test=eodRuns]"));
        console.waitFor(By.cssSelector("[data-test=recon-count]"));
        console.wait(PlatformSteps.EVENTUALLY)
                .until(d ->
                        d.findElements(By.cssSelector("#ops-letters .letters")).size() == SERVICES.length);

        assertThat(console.elements(By.cssSelector("#view-operations button"))).isEmpty();
        assertThat(console.elements(By.cssSelector("#view-operations input"))).isEmpty();
    }

    @Test
    @Order(4)
    void shouldNotShowTheScreenToACollectorOrACreditOfficer() {
        assertThat(console.navigationOf("colin")).contains("Collections queue").doesNotContain("Operations");
        assertThat(console.navigationOf("olga")).contains("Customer 360").doesNotContain("Operations");
        console.driver().get(console.driver().getCurrentUrl().replaceAll("#.*$", "") + "#operations");
        console.wait(PlatformSteps.EVENTUALLY)
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("view-operations")));
    }
}
