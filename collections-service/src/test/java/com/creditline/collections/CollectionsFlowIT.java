package com.creditline.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.money.Money;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestHttp;
import com.creditline.events.repayment.DelinquencyChanged;
import com.creditline.events.repayment.InstallmentDueSoon;
import com.creditline.events.repayment.LoansChargedOff;
import com.creditline.events.repayment.PaymentReceived;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The service end to end on a real PostgreSQL and Kafka: repayment's ledger events go through the
 * outbox, the broker and the inbox; cases, attempts and the events the service publishes are read
 * back through its API and its outbox table. The business clock is fixed at 10:00 in Shanghai on
 * 2 March 2026 (see {@link TestClockConfiguration}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class CollectionsFlowIT {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    RepaymentLedger ledger;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldOpenACaseInItsBucketScheduleItsContactsSendThemAndCloseItWhenCured() {
        String customer = newCustomer();

        late(customer, 1, "250.00", TODAY);

        JsonNode opened = awaitCase(customer, c -> c.get("attempts").size() == 2);
        assertThat(opened.get("status").asString()).isEqualTo("OPEN");
        assertThat(opened.get("bucket").asString()).isEqualTo("M1");
        assertThat(opened.get("daysPastDue").asInt()).isEqualTo(1);
        assertThat(opened.get("overdueAmount").get("amount").asString()).isEqualTo("250.00");
        assertThat(opened.get("escalationReached").asString()).isEqualTo("D+1");
        assertThat(channelsAndStatuses(opened)).containsExactlyInAnyOrder("SMS SCHEDULED", "EMAIL SCHEDULED");

        runProcessing();

        JsonNode contacted = caseById(opened.get("caseId").asString());
        assertThat(channelsAndStatuses(contacted)).containsExactlyInAnyOrder("SMS SENT", "EMAIL SENT");

        late(customer, 0, "0.00", TODAY.plusDays(1));

        JsonNode cured = awaitCase(customer, c -> c.get("status").asString().equals("CLOSED"));
        assertThat(cured.get("closeReason").asString()).isEqualTo("CURED");
        assertThat(cured.get("bucket").asString()).isEqualTo("CURRENT");
        assertThat(cured.get("caseId").asString())
                .isEqualTo(opened.get("caseId").asString());
    }

    @Test
    void shouldRequestTheFreezeOnceFromNinetyDaysAndLeaveTheChargeOffToRepayment() {
        String customer = newCustomer();
        LocalDate due = LocalDate.of(2025, 9, 1);

        late(customer, 89, "900.00", due.plusDays(89));
        awaitCase(customer, c -> c.get("daysPastDue").asInt() == 89);
        assertThat(outboxEvents("AccountFreezeRequested", customer)).isZero();

        late(customer, 90, "900.00", due.plusDays(90));
        await().atMost(PATIENCE).until(() -> outboxEvents("AccountFreezeRequested", customer) == 1);
        late(customer, 95, "900.00", due.plusDays(95));
        JsonNode frozen = awaitCase(customer, c -> c.get("daysPastDue").asInt() == 95);
        assertThat(frozen.get("bucket").asString()).isEqualTo("M3_PLUS");
        assertThat(frozen.get("freezeRequestedOn").asString())
                .isEqualTo(due.plusDays(90).toString());
        assertThat(outboxEvents("AccountFreezeRequested", customer)).isEqualTo(1);

        late(customer, 180, "1234.56", due.plusDays(180));
        late(customer, 181, "1234.56", due.plusDays(181));
        JsonNode stillOpen = awaitCase(customer, c -> c.get("daysPastDue").asInt() == 181);
        assertThat(stillOpen.get("status").asString()).isEqualTo("OPEN");
        assertThat(stillOpen.get("chargedOffOn").isNull()).isTrue();
        assertThat(stillOpen.get("chargedOffAmount").isNull()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM outbox_event WHERE envelope->'payload'->>'customerId' = ?"
                                + " AND topic = 'collections.cases.v1'",
                        Integer.class,
                        customer))
                .as("the freeze request only: collections publishes nothing about a charge-off")
                .isEqualTo(1);
    }

    @Test
    void shouldFollowRepaymentsChargeOffOnceAndBookLaterPaymentsAsRecoveries() {
        String customer = newCustomer();
        LocalDate due = LocalDate.of(2025, 9, 1);
        LocalDate chargedOffOn = due.plusDays(180);
        late(customer, 180, "1234.56", chargedOffOn);
        String caseId = awaitCase(customer, c -> c.get("daysPastDue").asInt() == 180)
                .get("caseId")
                .asString();

        EventEnvelope chargeOff = ledger.publish(
                new LoansChargedOff(customer, 2, Money.of("3000.00"), Money.of("234.56"), 180, chargedOffOn));

        JsonNode chargedOff =
                awaitCase(customer, c -> c.get("status").asString().equals("CHARGED_OFF"));
        assertThat(chargedOff.get("caseId").asString()).isEqualTo(caseId);
        assertThat(chargedOff.get("chargedOffOn").asString()).isEqualTo(chargedOffOn.toString());
        assertThat(chargedOff.get("chargedOffPrincipal").get("amount").asString())
                .isEqualTo("3000.00");
        assertThat(chargedOff.get("chargedOffFees").get("amount").asString()).isEqualTo("234.56");
        assertThat(chargedOff.get("chargedOffAmount").get("amount").asString()).isEqualTo("3234.56");
        assertThat(chargedOff.get("recoveredTotal").get("amount").asString()).isEqualTo("0.00");

        ledger.redeliver(chargeOff);
        await().atMost(PATIENCE).until(() -> ledger.sent(chargeOff));
        ledger.publish(
                new LoansChargedOff(customer, 2, Money.of("9999.00"), Money.of("1.00"), 181, chargedOffOn.plusDays(1)));
        // Same customer, same partition: the payment is consumed after the charge-off twice over.
        ledger.publish(
                new PaymentReceived(customer, UUID.randomUUID(), "ref-1", Money.of("100.00"), Money.of("1134.56")));

        JsonNode recovered = awaitCase(
                customer, c -> c.get("recoveredTotal").get("amount").asString().equals("100.00"));
        assertThat(recovered.get("status").asString()).isEqualTo("CHARGED_OFF");
        assertThat(recovered.get("chargedOffOn").asString()).isEqualTo(chargedOffOn.toString());
        assertThat(recovered.get("chargedOffAmount").get("amount").asString()).isEqualTo("3234.56");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM recovery WHERE customer_id = ?", Integer.class, customer))
                .isEqualTo(1);
        assertThat(casesOf(customer)).hasSize(1);
        assertThat(outboxEvents("AccountFreezeRequested", customer))
                .as("asked for once, at 180 days past due before the charge-off; never after it")
                .isEqualTo(1);
        assertThat(deadLetters(customer)).isZero();
    }

    @Test
    void shouldOpenACaseChargedOffForACustomerItHadNoCaseForWithoutADeadLetterAndRemindThemNoMore() {
        String customer = newCustomer();
        LocalDate chargedOffOn = TODAY.minusDays(1);
        EventEnvelope reminderBefore = ledger.publish(
                new InstallmentDueSoon(customer, UUID.randomUUID(), 6, TODAY.plusDays(3), Money.of("120.00"), 3));
        await().atMost(PATIENCE).until(() -> ledger.processed(reminderBefore));
        assertThat(attemptsOf(customer)).hasSize(1);

        EventEnvelope chargeOff = ledger.publish(
                new LoansChargedOff(customer, 1, Money.of("800.00"), Money.of("40.00"), 185, chargedOffOn));

        await().atMost(PATIENCE).until(() -> ledger.processed(chargeOff));
        JsonNode opened = awaitCase(customer, c -> true);
        assertThat(opened.get("status").asString()).isEqualTo("CHARGED_OFF");
        assertThat(opened.get("daysPastDue").asInt()).isEqualTo(185);
        assertThat(opened.get("bucket").asString()).isEqualTo("M3_PLUS");
        assertThat(opened.get("chargedOffOn").asString()).isEqualTo(chargedOffOn.toString());
        assertThat(opened.get("chargedOffPrincipal").get("amount").asString()).isEqualTo("800.00");
        assertThat(opened.get("chargedOffFees").get("amount").asString()).isEqualTo("40.00");
        assertThat(opened.get("chargedOffAmount").get("amount").asString()).isEqualTo("840.00");
        assertThat(opened.get("attempts")).isEmpty();
        assertThat(deadLetters(customer)).isZero();

        ledger.publish(new PaymentReceived(customer, UUID.randomUUID(), "ref-2", Money.of("40.00"), Money.ZERO));
        EventEnvelope reminderAfter = ledger.publish(
                new InstallmentDueSoon(customer, UUID.randomUUID(), 7, TODAY.plusDays(3), Money.of("120.00"), 3));

        JsonNode recovered = awaitCase(
                customer, c -> c.get("recoveredTotal").get("amount").asString().equals("40.00"));
        assertThat(recovered.get("status").asString()).isEqualTo("CHARGED_OFF");
        await().atMost(PATIENCE).until(() -> ledger.processed(reminderAfter));
        runProcessing();
        assertThat(attemptsOf(customer))
                .as("the reminder scheduled before the charge-off skipped, none scheduled after it")
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.get("status").asString()).isEqualTo("SKIPPED");
                    assertThat(a.get("reason").asString()).isEqualTo("customer charged off");
                });
    }

    @Test
    void shouldTakeAPromiseToPayOnAnOpenCaseAndHoldBackEscalationWhileItIsOpen() {
        String customer = newCustomer();
        LocalDate due = TODAY.minusDays(3);
        late(customer, 3, "300.00", TODAY);
        String caseId = awaitCase(customer, c -> true).get("caseId").asString();

        assertThat(promise(UUID.randomUUID().toString(), TODAY.plusDays(5), "50.00")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(promise(caseId, TODAY.minusDays(1), "50.00").getStatusCode().value())
                .isEqualTo(422);
        ResponseEntity<JsonNode> made = promise(caseId, TODAY.plusDays(8), "300.00");
        assertThat(made.getStatusCode().value()).isEqualTo(201);
        assertThat(made.getBody().get("status").asString()).isEqualTo("OPEN");
        assertThat(promise(caseId, TODAY.plusDays(9), "300.00").getStatusCode().value())
                .isEqualTo(409);

        late(customer, 7, "300.00", due.plusDays(7));
        JsonNode paused = awaitCase(customer, c -> c.get("daysPastDue").asInt() == 7);
        assertThat(paused.get("promise").get("promisedDate").asString())
                .isEqualTo(TODAY.plusDays(8).toString());
        assertThat(channelsAndStatuses(paused)).noneMatch(a -> a.startsWith("VOICE"));
        assertThat(paused.get("escalationReached").asString()).isEqualTo("D+1");

        late(customer, 0, "0.00", due.plusDays(8));
        JsonNode kept = awaitCase(customer, c -> c.get("status").asString().equals("CLOSED"));
        assertThat(kept.get("promise").get("status").asString()).isEqualTo("KEPT");
        assertThat(promise(caseId, TODAY.plusDays(9), "300.00").getStatusCode().value())
                .isEqualTo(409);
    }

    @Test
    void shouldRemindBeforeTheDueDateWithoutACaseAndDeferContactsBeyondThreeADay() {
        String customer = newCustomer();
        for (int plan = 0; plan < 2; plan++) {
            ledger.publish(
                    new InstallmentDueSoon(customer, UUID.randomUUID(), 1, TODAY.plusDays(3), Money.of("120.00"), 3));
        }
        late(customer, 1, "80.00", TODAY);
        awaitCase(customer, c -> c.get("attempts").size() == 2);
        await().atMost(PATIENCE).until(() -> attemptsOf(customer).size() == 4);
        assertThat(attemptsOf(customer))
                .filteredOn(a -> a.get("caseId").isNull())
                .extracting(
                        a -> a.get("step").asString() + " " + a.get("template").asString())
                .containsExactly("D-3 reminder-due-in-3-days", "D-3 reminder-due-in-3-days");

        runProcessing();

        List<JsonNode> attempts = attemptsOf(customer);
        assertThat(attempts)
                .filteredOn(a -> a.get("status").asString().equals("SENT"))
                .hasSize(3);
        assertThat(attempts)
                .filteredOn(a -> a.get("status").asString().equals("DEFERRED"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.get("reason").asString()).isEqualTo("daily cap of 3 contacts reached");
                    assertThat(a.get("scheduledFor").asString()).isEqualTo("2026-03-03T00:00:00Z");
                });
    }

    @Test
    void shouldDeferAContactOutsideTheCustomersLocalContactHours() {
        String customer = newCustomer();
        var zone = http().put()
                .uri("/api/v1/admin/collections/customers/{id}/time-zone", customer)
                .body(Map.of("zone", "Europe/Berlin"))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(zone.getStatusCode().value()).isEqualTo(200);

        late(customer, 1, "80.00", TODAY);
        awaitCase(customer, c -> c.get("attempts").size() == 2);
        runProcessing();

        // 10:00 in Shanghai is 03:00 in Berlin: both wait for 08:00 there (07:00 UTC).
        assertThat(attemptsOf(customer)).allSatisfy(a -> {
            assertThat(a.get("status").asString()).isEqualTo("DEFERRED");
            assertThat(a.get("scheduledFor").asString()).isEqualTo("2026-03-02T07:00:00Z");
            assertThat(a.get("reason").asString()).startsWith("outside contact hours");
        });
    }

    @Test
    void shouldHandACaseFifteenDaysLateToTheAgentsWorkQueue() {
        String customer = newCustomer();
        late(customer, 15, "640.00", TODAY);
        JsonNode opened = awaitCase(customer, c -> c.get("attempts").size() == 4);
        assertThat(channelsAndStatuses(opened))
                .containsExactlyInAnyOrder("SMS SKIPPED", "EMAIL SKIPPED", "VOICE SKIPPED", "AGENT_QUEUE SCHEDULED");

        runProcessing();

        JsonNode queue =
                http().get().uri("/api/v1/admin/collections/queue").retrieve().body(JsonNode.class);
        JsonNode entry = null;
        for (JsonNode e : queue) {
            if (e.get("customerId").asString().equals(customer)) {
                entry = e;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("caseId").asString())
                .isEqualTo(opened.get("caseId").asString());
        assertThat(entry.get("bucket").asString()).isEqualTo("M1");
        assertThat(entry.get("daysPastDue").asInt()).isEqualTo(15);
        assertThat(entry.get("overdueAmount").get("amount").asString()).isEqualTo("640.00");
    }

    @Test
    void shouldAnswerAnUnknownCaseWithAProblem() {
        var response = http().get()
                .uri("/api/v1/collections/cases/{id}", UUID.randomUUID())
                .retrieve()
                .toEntity(JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody().get("type").asString()).endsWith("/case-not-found");
    }

    private static String newCustomer() {
        return "it-" + UUID.randomUUID();
    }

    private void late(String customer, int daysPastDue, String overdue, LocalDate businessDate) {
        ledger.publish(new DelinquencyChanged(
                customer,
                daysPastDue,
                Money.of(overdue),
                daysPastDue == 0 ? null : businessDate.minusDays(daysPastDue),
                businessDate));
    }

    private RestClient http() {
        return TestHttp.to(port);
    }

    private JsonNode awaitCase(String customer, Predicate<JsonNode> condition) {
        return CaseAwaiting.latestCase(http(), customer, condition);
    }

    private JsonNode caseById(String caseId) {
        return http().get()
                .uri("/api/v1/collections/cases/{id}", caseId)
                .retrieve()
                .body(JsonNode.class);
    }

    private List<JsonNode> attemptsOf(String customer) {
        JsonNode attempts = http().get()
                .uri("/api/v1/collections/contact-attempts?customerId={id}", customer)
                .retrieve()
                .body(JsonNode.class);
        List<JsonNode> list = new ArrayList<>();
        attempts.forEach(list::add);
        return list;
    }

    private static List<String> channelsAndStatuses(JsonNode c) {
        List<String> list = new ArrayList<>();
        c.get("attempts")
                .forEach(a -> list.add(
                        a.get("channel").asString() + " " + a.get("status").asString()));
        return list;
    }

    private ResponseEntity<JsonNode> promise(String caseId, LocalDate promisedDate, String amount) {
        return http().post()
                .uri("/api/v1/collections/cases/{id}/promises", caseId)
                .body(Map.of(
                        "promisedDate", promisedDate.toString(), "amount", Map.of("amount", amount, "currency", "CNY")))
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private void runProcessing() {
        var response =
                http().post().uri("/api/v1/admin/collections/run").retrieve().toEntity(JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
    }

    private List<JsonNode> casesOf(String customer) {
        List<JsonNode> list = new ArrayList<>();
        http().get()
                .uri("/api/v1/collections/cases?customerId={id}", customer)
                .retrieve()
                .body(JsonNode.class)
                .forEach(list::add);
        return list;
    }

    private int deadLetters(String customer) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM dead_letter WHERE payload LIKE ?", Integer.class, "%" + customer + "%");
    }

    private int outboxEvents(String type, String customer) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM outbox_event WHERE event_type = ? AND envelope->'payload'->>'customerId' = ?",
                Integer.class,
                type,
                customer);
    }
}
