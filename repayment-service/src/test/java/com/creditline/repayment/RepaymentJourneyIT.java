package com.creditline.repayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.event.EventTypes;
import com.creditline.common.event.IntegrationEvent;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.PlanCreated;
import com.creditline.events.checkout.PlanCreated.ScheduledInstallment;
import com.creditline.events.checkout.PlanRefunded;
import com.creditline.events.risk.MerchantSalesReported;
import com.creditline.events.risk.RiskTopics;
import com.creditline.repayment.funding.FunderSettlement;
import com.creditline.repayment.funding.model.Guarantees;
import com.creditline.repayment.journal.Journal;
import com.creditline.repayment.journal.model.Account;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.plan.Bookkeeping;
import com.creditline.repayment.plan.model.Booking;
import com.creditline.repayment.plan.model.LedgerKind;
import com.creditline.repayment.plan.model.Posting;
import com.creditline.repayment.sweep.model.SalesSweep;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service end to end on a real PostgreSQL and Kafka: plans arrive as checkout's events through
 * Kafka, payments and end of day go through the HTTP API, and what the service tells the platform
 * is read from its outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class RepaymentJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Bookkeeping bookkeeping;

    @Autowired
    Journal journal;

    @Autowired
    FunderSettlement settlement;

    /** Whatever a test moved, the journal balances and its control accounts equal the plans' sub-ledger. */
    @AfterEach
    void theBooksHold() {
        JsonNode trialBalance = trialBalance();
        assertThat(trialBalance.path("balanced").asBoolean())
                .as(trialBalance.toString())
                .isTrue();
        for (JsonNode holder : trialBalance.path("holders")) {
            assertThat(holder.path("balanced").asBoolean())
                    .as(holder.toString())
                    .isTrue();
        }
        for (JsonNode control : trialBalance.path("controls")) {
            assertThat(new BigDecimal(control.path("difference").path("amount").asString()))
                    .as(control.toString())
                    .isZero();
        }
    }

    @Test
    void shouldMarkOverdueChargeLateFeesAfterTheGraceAndCureOnPayment() {
        LocalDate today = businessDate();
        String customer = customer("late");
        LocalDate due1 = today.plusDays(30);
        UUID planId = createPlan(
                customer,
                "3000.00",
                today,
                installment(1, due1, "1000.00", "22.50"),
                installment(2, today.plusDays(60), "1000.00", "22.50"),
                installment(3, today.plusDays(90), "1000.00", "22.50"));

        runEndOfDayThrough(due1.plusDays(6));

        JsonNode plan = plan(planId);
        JsonNode first = plan.get("installments").get(0);
        assertThat(first.get("status").asString()).isEqualTo("OVERDUE");
        // Days past due 1-3 are grace; days 4, 5 and 6 cost 0.05% of 1,022.50 = 0.51125, 0.51 each.
        assertThat(amount(first.get("lateFee"))).isEqualTo("1.53");
        assertThat(amount(first.get("amountDue"))).isEqualTo("1024.03");
        assertThat(plan.get("installments").get(1).get("status").asString()).isEqualTo("DUE");
        assertThat(ledger(planId).stream()
                        .filter(e -> e.get("kind").asString().equals("LATE_FEE_CHARGED"))
                        .map(e -> e.get("businessDate").asString() + " " + amount(e.get("amount")))
                        .toList())
                .containsExactly(due1.plusDays(4) + " 0.51", due1.plusDays(5) + " 0.51", due1.plusDays(6) + " 0.51");

        List<JsonNode> delinquency = published("DelinquencyChanged", customer);
        assertThat(delinquency).extracting(d -> d.get("daysPastDue").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
        JsonNode latest = delinquency.getLast();
        assertThat(amount(latest.get("overdueAmount"))).isEqualTo("1024.03");
        assertThat(latest.get("oldestDueDate").asString()).isEqualTo(due1.toString());
        assertThat(published("InstallmentDueSoon", customer))
                .extracting(r -> r.get("installmentNumber").asInt() + "@"
                        + r.get("daysBefore").asInt())
                .containsExactly("1@3", "1@0");

        // The same date again changes nothing: no second late fee.
        JsonNode again = runEndOfDayThrough(due1.plusDays(6));
        assertThat(again.get("processed")).isEmpty();
        assertThat(amount(plan(planId).get("installments").get(0).get("lateFee")))
                .isEqualTo("1.53");

        ResponseEntity<String> paid = pay(planId, "pay-" + customer, "1024.03");
        assertThat(paid.getStatusCode().value()).isEqualTo(201);
        JsonNode payment = json.readTree(paid.getBody());
        assertThat(payment.get("allocations"))
                .extracting(a -> a.get("kind").asString() + " " + amount(a.get("amount")))
                .containsExactly("PAYMENT_LATE_FEE 1.53", "PAYMENT_FEE 22.50", "PAYMENT_PRINCIPAL 1000.00");
        assertThat(plan(planId).get("installments").get(0).get("status").asString())
                .isEqualTo("PAID");

        JsonNode cured = published("DelinquencyChanged", customer).getLast();
        assertThat(cured.get("daysPastDue").asInt()).isZero();
        assertThat(published("PrincipalReduced", customer))
                .extracting(p -> amount(p.get("amount")) + " " + p.get("cause").asString())
                .containsExactly("1000.00 REPAYMENT");
        assertThat(published("PaymentReceived", customer))
                .extracting(p -> amount(p.get("amount")) + " overdue after " + amount(p.get("overdueAfter")))
                .containsExactly("1024.03 overdue after 0.00");

        ResponseEntity<String> replayed = pay(planId, "pay-" + customer, "1024.03");
        assertThat(replayed.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(replayed.getBody())).isEqualTo(payment);
        ResponseEntity<String> reused = pay(planId, "pay-" + customer, "1.00");
        assertThat(reused.getStatusCode().value()).isEqualTo(409);
        assertThat(published("PaymentReceived", customer)).hasSize(1);
    }

    @Test
    void shouldCapLateFeesSoThatThePlanCostsNoMoreThanTheAprCap() {
        LocalDate today = businessDate();
        String customer = customer("cap");
        LocalDate due = today.plusDays(30);
        UUID planId = createPlan(customer, "1000.00", today, installment(1, due, "1000.00", "22.30"));

        // 34 days of 1,000 outstanding: cap 24% x 34,000 / 365 = 22.356..., 22.35; the fee leaves 0.05.
        runEndOfDayThrough(due.plusDays(4));
        assertThat(amount(plan(planId).get("lateFeesCharged"))).isEqualTo("0.05");

        // 35 days: cap 23.01, room 0.66, so the full day's 0.51 (0.05% of 1,022.30) is charged.
        runEndOfDayThrough(due.plusDays(5));
        assertThat(amount(plan(planId).get("lateFeesCharged"))).isEqualTo("0.56");
    }

    @Test
    void shouldBillAMerchantItsDiscountAndSubsidyAndGiveBackTheRefundedShare() {
        LocalDate today = businessDate();
        String customer = customer("merchant");
        String merchant = "shop-" + UUID.randomUUID().toString().substring(0, 8);
        UUID planId = UUID.randomUUID();
        send(new PlanCreated(
                planId,
                "order-" + customer,
                customer,
                Money.of("3000.00"),
                "FLAT_MONTHLY_FEE",
                3,
                true,
                BigDecimal.ZERO,
                today,
                List.of(
                        installment(1, today.plusDays(30), "1000.00", "0.00"),
                        installment(2, today.plusDays(60), "1000.00", "0.00"),
                        installment(3, today.plusDays(90), "1000.00", "0.00")),
                "A",
                merchant,
                Money.of("18.00"),
                Money.of("67.50"),
                null,
                null));
        await().atMost(Duration.ofSeconds(30)).until(() -> merchantStatement(merchant, today) != null);

        JsonNode sold = merchantStatement(merchant, today).get("totals");
        assertThat(amount(sold.get("sales")) + " -" + amount(sold.get("discount")) + " -" + amount(sold.get("subsidy"))
                        + " = " + amount(sold.get("net")))
                .isEqualTo("3000.00 -18.00 -67.50 = 2914.50");

        // A third refunded: the merchant gives back 1,000.00 and is given back a third of each.
        send(new PlanRefunded(planId, UUID.randomUUID(), "order-" + customer, customer, Money.of("1000.00"), today));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> amount(plan(planId).get("outstandingPrincipal")).equals("2000.00"));

        JsonNode statement = merchantStatement(merchant, today);
        JsonNode totals = statement.get("totals");
        assertThat(amount(totals.get("refunds")) + " +" + amount(totals.get("discountReturned")) + " +"
                        + amount(totals.get("subsidyReturned")) + " => " + amount(totals.get("net")))
                .isEqualTo("1000.00 +6.00 +22.50 => 1943.00");
        assertThat(amount(statement.get("payableAtClose"))).isEqualTo("1943.00");
        assertThat(amount(statement.get("journalNet"))).isEqualTo("1943.00");
        assertThat(amount(statement.get("difference"))).isEqualTo("0.00");
        assertThat(statement.get("plans")).hasSize(1);
    }

    JsonNode merchantStatement(String merchant, LocalDate date) {
        ResponseEntity<String> answer = TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                .get()
                .uri("/api/v1/admin/merchant-settlements/{merchant}?date={date}", merchant, date)
                .retrieve()
                .onStatus(status -> status.value() == 404, (request, response) -> {})
                .toEntity(String.class);
        return answer.getStatusCode().value() == 404 ? null : json.readTree(answer.getBody());
    }

    @Test
    void shouldTakeARefundOffTheLatestInstallmentsAndKeepWhatExceedsTheDebtAsACreditBalance() {
        LocalDate today = businessDate();
        String customer = customer("refund");
        UUID planId = createPlan(
                customer,
                "3000.00",
                today,
                installment(1, today.plusDays(30), "1000.00", "22.50"),
                installment(2, today.plusDays(60), "1000.00", "22.50"),
                installment(3, today.plusDays(90), "1000.00", "22.50"));

        send(new PlanRefunded(planId, UUID.randomUUID(), "order-" + customer, customer, Money.of("1500.00"), today));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> published("PrincipalReduced", customer).size() == 1);
        assertThat(published("PrincipalReduced", customer))
                .extracting(p -> amount(p.get("amount")) + " " + p.get("cause").asString())
                .containsExactly("1500.00 REFUND");
        JsonNode plan = plan(planId);
        assertThat(amount(plan.get("outstandingPrincipal"))).isEqualTo("1500.00");
        assertThat(plan.get("installments"))
                .extracting(
                        i -> i.get("status").asString() + " " + amount(i.get("principal")) + "+" + amount(i.get("fee")))
                .containsExactly("DUE 1000.00+22.50", "DUE 500.00+11.25", "PAID 0.00+0.00");

        send(new PlanRefunded(planId, UUID.randomUUID(), "order-" + customer, customer, Money.of("1600.00"), today));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> plan(planId).get("status").asString().equals("REFUNDED"));
        plan = plan(planId);
        assertThat(amount(plan.get("creditBalance"))).isEqualTo("100.00");
        assertThat(amount(plan.get("outstandingPrincipal"))).isEqualTo("0.00");
        assertThat(ledger(planId).getLast().get("kind").asString()).isEqualTo("CREDIT_BALANCE");
        assertThat(published("PrincipalReduced", customer))
                .extracting(p -> amount(p.get("amount")))
                .containsExactly("1500.00", "1500.00");
    }

    @Test
    void shouldPublishAnOnTimeStreakWhenSixInstallmentsInARowArePaidByTheirDueDate() {
        LocalDate today = businessDate();
        String customer = customer("streak");
        List<ScheduledInstallment> schedule = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            schedule.add(installment(n, today.plusDays(2L * n), "100.00", "0.00"));
        }
        UUID planId = createPlan(customer, "600.00", today, schedule.toArray(ScheduledInstallment[]::new));

        for (int n = 1; n <= 6; n++) {
            runEndOfDayThrough(today.plusDays(2L * n - 1));
            assertThat(pay(planId, "streak-" + customer + "-" + n, "100.00")
                            .getStatusCode()
                            .value())
                    .isEqualTo(201);
        }

        assertThat(published("OnTimeStreakReached", customer))
                .extracting(s -> s.get("streak").asInt())
                .containsExactly(6);
        assertThat(plan(planId).get("status").asString()).isEqualTo("PAID_OFF");
        assertThat(published("PrincipalReduced", customer)).hasSize(6);
    }

    @Test
    void shouldChargeOffAtOneHundredAndEightyDaysPastDueAndBookLaterPaymentsAsRecoveries() {
        LocalDate today = businessDate();
        String customer = customer("charged-off");
        LocalDate due1 = today.plusDays(30);
        UUID planId = createPlan(
                customer,
                "2000.00",
                today,
                installment(1, due1, "400.00", "10.00"),
                installment(2, today.plusDays(60), "400.00", "10.00"),
                installment(3, today.plusDays(90), "400.00", "10.00"),
                installment(4, due1.plusDays(365), "400.00", "10.00"),
                installment(5, due1.plusDays(400), "400.00", "10.00"));

        runEndOfDayThrough(due1.plusDays(179));
        assertThat(plan(planId).get("status").asString()).isEqualTo("ACTIVE");
        runEndOfDayThrough(due1.plusDays(181));

        JsonNode plan = plan(planId);
        assertThat(plan.get("status").asString()).isEqualTo("CHARGED_OFF");
        String lateFees = amount(plan.get("lateFeesCharged"));
        JsonNode chargedOff = published("LoansChargedOff", customer).getFirst();
        assertThat(chargedOff.get("daysPastDue").asInt()).isEqualTo(180);
        assertThat(chargedOff.get("chargedOffOn").asString())
                .isEqualTo(due1.plusDays(180).toString());
        assertThat(amount(chargedOff.get("principalWrittenOff"))).isEqualTo("2000.00");
        assertThat(amount(chargedOff.get("feesWrittenOff"))).isEqualTo(lateFees);
        assertThat(published("LoansChargedOff", customer)).hasSize(1);
        assertThat(published("PrincipalReduced", customer))
                .extracting(e -> e.get("cause").asString() + " " + amount(e.get("amount")))
                .containsExactly("CHARGE_OFF 2000.00");
        // no late fee after the charge-off, and the unstarted period's fee is waived
        assertThat(amount(plan(planId).get("lateFeesCharged"))).isEqualTo(lateFees);
        assertThat(amount(plan.get("installments").get(4).get("fee"))).isEqualTo("0.00");
        assertThat(amount(plan.get("installments").get(3).get("fee"))).isEqualTo("10.00");

        ResponseEntity<String> recovered = pay(planId, "recovery-" + customer, "300.00");
        assertThat(recovered.getStatusCode().value()).as(recovered.getBody()).isEqualTo(201);
        assertThat(ledger(planId).stream().map(e -> e.get("kind").asString()))
                .contains("CHARGE_OFF_PRINCIPAL", "CHARGE_OFF_LATE_FEE", "RECOVERY");
        assertThat(published("PrincipalReduced", customer)).hasSize(1);
        JsonNode entry = json.readTree(TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                        .get()
                        .uri("/api/v1/admin/journal/entries?reference=payment:recovery-" + customer)
                        .retrieve()
                        .body(String.class))
                .get(0);
        assertThat(entry.get("lines").toString()).contains("RECOVERY_INCOME").doesNotContain("PRINCIPAL_RECEIVABLE");
    }

    @Test
    void shouldPayACreditBalanceOutAndPutItBackWhenThePayoutFails() {
        LocalDate today = businessDate();
        String customer = customer("payout");
        UUID planId = createPlan(customer, "1000.00", today, installment(1, today.plusDays(30), "1000.00", "0.00"));
        send(new PlanRefunded(planId, UUID.randomUUID(), "order-" + customer, customer, Money.of("1100.00"), today));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> amount(plan(planId).get("creditBalance")).equals("100.00"));

        JsonNode part = json.readTree(payOut(
                        planId,
                        "{\"payoutReference\":\"po-1-" + customer
                                + "\",\"amount\":{\"amount\":\"60.00\",\"currency\":\"CNY\"}}")
                .getBody());
        assertThat(part.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(amount(plan(planId).get("creditBalance"))).isEqualTo("40.00");
        ResponseEntity<String> again = payOut(
                planId,
                "{\"payoutReference\":\"po-1-" + customer
                        + "\",\"amount\":{\"amount\":\"60.00\",\"currency\":\"CNY\"}}");
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(again.getBody()).get("payoutId")).isEqualTo(part.get("payoutId"));

        JsonNode failed = payoutOutcome(part.get("payoutId").asString(), false);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(amount(plan(planId).get("creditBalance"))).isEqualTo("100.00");

        JsonNode all = json.readTree(payOut(planId, "{\"payoutReference\":\"po-2-" + customer + "\"}")
                .getBody());
        assertThat(amount(all.get("amount"))).isEqualTo("100.00");
        assertThat(payoutOutcome(all.get("payoutId").asString(), true)
                        .get("status")
                        .asString())
                .isEqualTo("PAID");
        assertThat(amount(plan(planId).get("creditBalance"))).isEqualTo("0.00");
        assertThat(payOut(planId, "{\"payoutReference\":\"po-3-" + customer + "\"}")
                        .getStatusCode()
                        .value())
                .isEqualTo(422);
        JsonNode inTransit = trialBalance().get("accounts");
        for (JsonNode account : inTransit) {
            if (account.get("account").asString().equals("PAYOUTS_IN_TRANSIT")) {
                assertThat(amount(account.get("balance"))).isEqualTo("0.00");
            }
        }
    }

    @Test
    void shouldApplyACreditBalanceToAnotherPlanOfTheSameCustomerOnly() {
        LocalDate today = businessDate();
        String customer = customer("apply");
        UUID refunded = createPlan(customer, "500.00", today, installment(1, today.plusDays(30), "500.00", "0.00"));
        UUID owing = createPlan(customer, "300.00", today, installment(1, today.plusDays(30), "300.00", "9.00"));
        UUID stranger =
                createPlan(customer("stranger"), "300.00", today, installment(1, today.plusDays(30), "300.00", "9.00"));
        send(new PlanRefunded(refunded, UUID.randomUUID(), "order-" + customer, customer, Money.of("600.00"), today));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> amount(plan(refunded).get("creditBalance")).equals("100.00"));

        ResponseEntity<String> applied = transfer(refunded, owing, "ap-1-" + customer, "80.00");

        assertThat(applied.getStatusCode().value()).as(applied.getBody()).isEqualTo(201);
        assertThat(amount(plan(refunded).get("creditBalance"))).isEqualTo("20.00");
        assertThat(amount(plan(owing).get("outstandingPrincipal"))).isEqualTo("220.00");
        assertThat(transfer(refunded, owing, "ap-1-" + customer, "80.00")
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(amount(plan(refunded).get("creditBalance"))).isEqualTo("20.00");
        assertThat(transfer(refunded, owing, "ap-2-" + customer, "30.00")
                        .getStatusCode()
                        .value())
                .isEqualTo(422);
        assertThat(transfer(refunded, stranger, "ap-3-" + customer, "10.00")
                        .getStatusCode()
                        .value())
                .isEqualTo(422);
    }

    @Test
    void shouldFundAGradeAPlanSeventyThirtyWithABankAndSplitItsPrincipalToTheFen() {
        jdbc.update("INSERT INTO funder (funder_id, name, kind, status, priority, grades, minimum_installments,"
                + " maximum_installments, minimum_share, maximum_share, exposure_cap, daily_quota, yield_rate,"
                + " settlement_account, registered_at) VALUES ('journey-bank', 'Journey Bank', 'BANK', 'ACTIVE', 1,"
                + " 'A', 3, 12, 0.10, 0.70, 1000000.00, 1000000.00, 0.06, '6222 0000 0000 0001', now())"
                + " ON CONFLICT (funder_id) DO NOTHING");
        LocalDate today = businessDate();
        String customer = customer("joint");
        UUID planId = createPlan(
                "A",
                customer,
                "1000.00",
                today,
                installment(1, today.plusDays(30), "333.33", "5.00"),
                installment(2, today.plusDays(60), "333.33", "5.00"),
                installment(3, today.plusDays(90), "333.34", "5.00"));

        assertThat(jdbc.queryForList(
                        "SELECT holder || ' ' || funded_principal FROM plan_funding WHERE plan_id = ? ORDER BY holder",
                        String.class,
                        planId))
                .containsExactly("PLATFORM 300.00", "journey-bank 700.00");
        runEndOfDayThrough(today.plusDays(30));
        assertThat(pay(planId, "joint-1-" + customer, "338.33").getStatusCode().value())
                .isEqualTo(201);

        JsonNode entry = json.readTree(TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                        .get()
                        .uri("/api/v1/admin/journal/entries?reference=payment:joint-1-" + customer)
                        .retrieve()
                        .body(String.class))
                .get(0);
        assertThat(entry.get("lines").toString())
                .contains("\"holder\":\"journey-bank\"")
                .contains("\"amount\":\"233.33\"")
                .contains("\"amount\":\"100.00\"");
        assertThat(jdbc.queryForList(
                        "SELECT holder || ' ' || outstanding_principal FROM plan_funding WHERE plan_id = ?"
                                + " ORDER BY holder",
                        String.class,
                        planId))
                .containsExactly("PLATFORM 200.00", "journey-bank 466.67");
    }

    @Test
    void shouldShareFeesByYieldRecoveriesByLossPayAGuaranteedFunderAndSettleEachFunder() {
        fundsTwelveMonths("yield-bank", "D", false);
        fundsTwelveMonths("guarded-bank", "E", true);
        try {
            sharesTheMoneyOfTwoJointPlans();
        } finally {
            jdbc.update("UPDATE funder SET status = 'SUSPENDED' WHERE funder_id IN ('yield-bank', 'guarded-bank')");
        }
    }

    private void sharesTheMoneyOfTwoJointPlans() {
        // a reserve taken on from elsewhere, so that the guarantee can be drawn from it
        transactions.executeWithoutResult(status -> journal.save(JournalEntry.draft(
                        businessDate(), "opening-balances:reserve-yield", "a reserve taken on", Instant.now())
                .debit(Account.OPENING_BALANCES, Money.of("10000.00"))
                .credit(Account.RISK_RESERVE, Money.of("10000.00"))
                .post()));
        LocalDate today = businessDate();
        String customer = customer("funders-money");
        LocalDate due1 = today.plusDays(30);
        ScheduledInstallment[] schedule = new ScheduledInstallment[12];
        for (int i = 0; i < 12; i++) {
            schedule[i] = installment(i + 1, due1.plusDays(30L * i), "100.00", "7.20");
        }
        UUID yielding = createPlan("D", customer, "1200.00", today, schedule);
        UUID guarded = createPlan("E", customer, "1200.00", today, schedule);
        assertThat(jdbc.queryForList(
                        "SELECT holder || ' ' || funded_principal || ' ' || fee_share || ' ' || guaranteed"
                                + " FROM plan_funding WHERE plan_id IN (?, ?)",
                        String.class,
                        yielding,
                        guarded))
                .containsExactlyInAnyOrder(
                        "PLATFORM 360.00 0.6840277778 false",
                        "yield-bank 840.00 0.3159722222 false",
                        "PLATFORM 360.00 0.6840277778 false",
                        "guarded-bank 840.00 0.3159722222 true");

        // a payment: principal by what each holds, the fee by fee share (E = 27.30 of fees of 86.40)
        runEndOfDayThrough(due1);
        LocalDate paidOn = businessDate();
        assertThat(pay(yielding, "yield-1-" + customer, "107.20")
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        assertThat(lines("payment:yield-1-" + customer))
                .containsExactlyInAnyOrder(
                        "yield-bank DEBIT CASH_CLEARING 72.27",
                        "yield-bank CREDIT PRINCIPAL_RECEIVABLE 70.00",
                        "yield-bank CREDIT FEE_INCOME 2.27",
                        "PLATFORM DEBIT CASH_CLEARING 34.93",
                        "PLATFORM CREDIT PRINCIPAL_RECEIVABLE 30.00",
                        "PLATFORM CREDIT FEE_INCOME 4.93");

        // the next end of day settles the funder's cash to its settlement account, once
        LocalDate settledOn = paidOn.plusDays(1);
        runEndOfDayThrough(settledOn);
        assertThat(lines("funder-settlement:yield-bank:" + settledOn))
                .containsExactlyInAnyOrder(
                        "yield-bank DEBIT SETTLEMENT_BANK 72.27", "yield-bank CREDIT CASH_CLEARING 72.27");
        List<JournalEntry> again = transactions.execute(status -> settlement.settle(settledOn, Instant.now()));
        assertThat(again).as("a date settled before").isEmpty();

        // charge-off at 180 days past due: each holder writes off what it holds; the guaranteed bank is paid
        runEndOfDayThrough(due1.plusDays(181));
        LocalDate chargedOffOn = LocalDate.parse(published("LoansChargedOff", customer)
                .getFirst()
                .get("chargedOffOn")
                .asString());
        assertThat(chargedOffOn).isEqualTo(due1.plusDays(180));
        assertThat(jdbc.queryForList(
                        "SELECT holder || ' ' || charged_off_principal FROM plan_funding WHERE plan_id IN (?, ?)"
                                + " ORDER BY plan_id = ?, holder = 'PLATFORM'",
                        String.class,
                        yielding,
                        guarded,
                        guarded))
                .containsExactly("yield-bank 770.00", "PLATFORM 330.00", "guarded-bank 840.00", "PLATFORM 360.00");
        assertThat(lines(Guarantees.reference(chargedOffOn)))
                .containsExactlyInAnyOrder(
                        "guarded-bank DEBIT CASH_CLEARING 840.00",
                        "guarded-bank CREDIT CHARGE_OFF_EXPENSE 840.00",
                        "PLATFORM DEBIT CHARGE_OFF_EXPENSE 840.00",
                        "PLATFORM CREDIT CASH_CLEARING 840.00");
        assertThat(lines("guarantee-draw:" + chargedOffOn))
                .containsExactlyInAnyOrder(
                        "PLATFORM DEBIT RISK_RESERVE 840.00", "PLATFORM CREDIT CHARGE_OFF_EXPENSE 840.00");
        assertThat(lines("funder-settlement:guarded-bank:" + chargedOffOn))
                .containsExactlyInAnyOrder(
                        "guarded-bank DEBIT SETTLEMENT_BANK 840.00", "guarded-bank CREDIT CASH_CLEARING 840.00");
        JsonNode reserve = json.readTree(TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                .get()
                .uri("/api/v1/admin/journal/reserve")
                .retrieve()
                .body(String.class));
        assertThat(new BigDecimal(amount(reserve.get("guaranteeDrawn"))))
                .isGreaterThanOrEqualTo(new BigDecimal("840.00"));
        assertThat(balance("guarded-bank", "CHARGE_OFF_EXPENSE")).isEqualTo("0.00");
        assertThat(balance("yield-bank", "CHARGE_OFF_EXPENSE")).isEqualTo("770.00");

        // recoveries: by the loss each bore; the guaranteed bank's part is the platform's, which paid it
        assertThat(pay(yielding, "yield-recovery-" + customer, "300.00")
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        Money platformLoss = Money.of(jdbc.queryForObject(
                "SELECT charged_off_principal + charged_off_late_fees FROM plan_funding"
                        + " WHERE plan_id = ? AND holder = 'PLATFORM'",
                BigDecimal.class,
                yielding));
        List<Money> expected = Money.of("300.00").allocate(List.of(new BigDecimal("770.00"), platformLoss.amount()));
        assertThat(lines("payment:yield-recovery-" + customer))
                .containsExactlyInAnyOrder(
                        "yield-bank DEBIT CASH_CLEARING " + expected.get(0),
                        "yield-bank CREDIT RECOVERY_INCOME " + expected.get(0),
                        "PLATFORM DEBIT CASH_CLEARING " + expected.get(1),
                        "PLATFORM CREDIT RECOVERY_INCOME " + expected.get(1));
        assertThat(pay(guarded, "guarded-recovery-" + customer, "100.00")
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        assertThat(lines("payment:guarded-recovery-" + customer))
                .containsExactlyInAnyOrder(
                        "PLATFORM DEBIT CASH_CLEARING 100.00", "PLATFORM CREDIT RECOVERY_INCOME 100.00");
        assertThat(balance("yield-bank", "RECOVERY_INCOME"))
                .isEqualTo(expected.get(0).amount().toPlainString());
        List<String> losses = new ArrayList<>();
        json.readTree(TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                        .get()
                        .uri("/api/v1/admin/journal/losses")
                        .retrieve()
                        .body(String.class))
                .forEach(l -> losses.add(l.get("holder").asString() + " " + amount(l.get("chargedOff")) + " "
                        + amount(l.get("paidByGuarantee")) + " " + amount(l.get("recovered"))));
        assertThat(losses).contains("yield-bank 770.00 0.00 " + expected.get(0), "guarded-bank 840.00 840.00 0.00");
        // theBooksHold: every holder's books balance and the controls are zero
        assertThat(trialBalance().get("holders").toString()).contains("yield-bank", "guarded-bank");
    }

    /** A funder of 70 % of the grade's 12-month plans at 6 %, first in preference. */
    private void fundsTwelveMonths(String funder, String grade, boolean guaranteed) {
        jdbc.update(
                "INSERT INTO funder (funder_id, name, kind, status, priority, grades, minimum_installments,"
                        + " maximum_installments, minimum_share, maximum_share, exposure_cap, daily_quota, yield_rate,"
                        + " guaranteed, settlement_account, registered_at) VALUES (?, ?, 'BANK', 'ACTIVE', 0, ?, 12,"
                        + " 12, 0.10, 0.70, 1000000.00, 1000000.00, 0.06, ?, '6222 0000 0000 0009', now())"
                        + " ON CONFLICT (funder_id) DO UPDATE SET status = 'ACTIVE'",
                funder,
                funder,
                grade,
                guaranteed);
    }

    /** The lines of the first entry under a reference, as "holder SIDE ACCOUNT amount". */
    List<String> lines(String reference) {
        JsonNode entries = json.readTree(TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                .get()
                .uri("/api/v1/admin/journal/entries?reference=" + reference)
                .retrieve()
                .body(String.class));
        assertThat(entries).as(reference).isNotEmpty();
        List<String> lines = new ArrayList<>();
        entries.get(0)
                .get("lines")
                .forEach(l -> lines.add(
                        l.get("holder").asString() + " " + l.get("side").asString() + " "
                                + l.get("account").asString() + " " + amount(l.get("amount"))));
        return lines;
    }

    /** A holder's balance of an account in the trial balance, on its normal side. */
    String balance(String holder, String account) {
        for (JsonNode a : trialBalance().get("accounts")) {
            if (a.get("holder").asString().equals(holder)
                    && a.get("account").asString().equals(account)) {
                return amount(a.get("balance"));
            }
        }
        return "none";
    }

    @Test
    void shouldPayOffACashDrawAfterTenDaysWithTenDaysOfInterestAndBookItsDisbursementOutOfTheHoldersBanks() {
        jdbc.update("INSERT INTO funder (funder_id, name, kind, status, priority, grades, minimum_installments,"
                + " maximum_installments, minimum_share, maximum_share, exposure_cap, daily_quota, yield_rate,"
                + " settlement_account, registered_at) VALUES ('cash-bank', 'Cash Bank', 'BANK', 'ACTIVE', 0,"
                + " 'C', 3, 3, 0.10, 0.70, 1000000.00, 1000000.00, 0.06, '6222 0000 0000 0014', now())"
                + " ON CONFLICT (funder_id) DO UPDATE SET status = 'ACTIVE'");
        try {
            paysOffACashDrawAfterTenDays();
        } finally {
            jdbc.update("UPDATE funder SET status = 'SUSPENDED' WHERE funder_id = 'cash-bank'");
        }
    }

    /** 10,000.00 drawn for three months at 0.0003 a day: 90.00, 62.00 and 30.00 of interest. */
    private void paysOffACashDrawAfterTenDays() {
        LocalDate drawn = businessDate();
        String customer = customer("cash");
        UUID planId = UUID.randomUUID();
        send(new PlanCreated(
                planId,
                "draw-" + customer,
                customer,
                Money.of("10000.00"),
                "EQUAL_PRINCIPAL",
                3,
                false,
                new BigDecimal("0.1095"),
                drawn,
                List.of(
                        installment(1, drawn.plusDays(30), "3333.33", "90.00"),
                        installment(2, drawn.plusDays(61), "3333.33", "62.00"),
                        installment(3, drawn.plusDays(91), "3333.34", "30.00")),
                "C",
                null,
                Money.ZERO,
                Money.ZERO,
                "CASH",
                null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http().get()
                        .uri("/api/v1/plans/{id}", planId)
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .is2xxSuccessful());

        // the principal left the holders' bank accounts by what each funded: 70 % the bank's, 30 % the platform's
        assertThat(lines("order:draw-" + customer))
                .containsExactlyInAnyOrder(
                        "cash-bank DEBIT PRINCIPAL_RECEIVABLE 7000.00",
                        "cash-bank CREDIT SETTLEMENT_BANK 7000.00",
                        "PLATFORM DEBIT PRINCIPAL_RECEIVABLE 3000.00",
                        "PLATFORM CREDIT SETTLEMENT_BANK 3000.00");
        assertThat(ledger(planId).getFirst().get("kind").asString()).isEqualTo("PLAN_DISBURSED");
        assertThat(balance("cash-bank", "SETTLEMENT_BANK")).isEqualTo("-7000.00");

        runEndOfDayThrough(drawn.plusDays(10));
        assertThat(businessDate()).isEqualTo(drawn.plusDays(10));
        JsonNode plan = plan(planId);
        assertThat(plan.get("product").asString()).isEqualTo("CASH");
        // 10,000.00 x 0.0003 x 10 days = 30.00 (90.00 x 10 / 30)
        assertThat(amount(plan.get("payoffAmount"))).isEqualTo("10030.00");
        assertThat(pay(planId, "cash-too-much-" + customer, "10030.01")
                        .getStatusCode()
                        .value())
                .isEqualTo(422);

        ResponseEntity<String> paid = pay(planId, "cash-payoff-" + customer, "10030.00");
        assertThat(paid.getStatusCode().value()).as(paid.getBody()).isEqualTo(201);
        assertThat(json.readTree(paid.getBody()).get("allocations"))
                .extracting(a -> a.get("installmentNumber").asInt() + " "
                        + a.get("kind").asString() + " " + amount(a.get("amount")))
                .containsExactly(
                        "1 PAYMENT_FEE 30.00",
                        "1 PAYMENT_PRINCIPAL 3333.33",
                        "3 PAYMENT_PRINCIPAL 3333.34",
                        "3 FEE_WAIVED 30.00",
                        "2 PAYMENT_PRINCIPAL 3333.33",
                        "2 FEE_WAIVED 62.00",
                        "1 FEE_WAIVED 60.00");
        JsonNode paidOff = plan(planId);
        assertThat(paidOff.get("status").asString()).isEqualTo("PAID_OFF");
        assertThat(amount(paidOff.get("installments").get(0).get("feePaid"))).isEqualTo("30.00");

        // the journal: cash in, the principal off each holder's books by what it held, 30.00 of fee income
        Map<String, BigDecimal> journal = new java.util.TreeMap<>();
        for (String line : lines("payment:cash-payoff-" + customer)) {
            String[] part = line.split(" ");
            journal.merge(part[0] + " " + part[1] + " " + part[2], new BigDecimal(part[3]), BigDecimal::add);
        }
        assertThat(journal)
                .containsEntry("cash-bank CREDIT PRINCIPAL_RECEIVABLE", new BigDecimal("7000.00"))
                .containsEntry("PLATFORM CREDIT PRINCIPAL_RECEIVABLE", new BigDecimal("3000.00"));
        assertThat(journal.entrySet().stream()
                        .filter(e -> e.getKey().endsWith("CREDIT FEE_INCOME"))
                        .map(Map.Entry::getValue)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("30.00");
        assertThat(journal.entrySet().stream()
                        .filter(e -> e.getKey().endsWith("DEBIT CASH_CLEARING"))
                        .map(Map.Entry::getValue)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("10030.00");

        // the line gets its cash part back
        assertThat(published("PrincipalReduced", customer))
                .extracting(p -> amount(p.get("amount")) + " " + p.get("cause").asString() + " "
                        + p.get("product").asString())
                .containsExactly("10000.00 REPAYMENT CASH");
        // theBooksHold: every holder's books balance (the bank's and the platform's) and the controls are zero
        assertThat(trialBalance().get("holders").toString()).contains("cash-bank");
    }

    @Test
    void shouldSetAsideAShareOfFeeIncomeIntoTheReserveAndProvideForExpectedLosses() {
        LocalDate today = businessDate();
        String customer = customer("reserve");
        LocalDate due1 = today.plusDays(30);
        UUID planId = createPlan(
                customer,
                "1000.00",
                today,
                installment(1, due1, "500.00", "30.00"),
                installment(2, due1.plusDays(30), "500.00", "30.00"));
        runEndOfDayThrough(due1);
        LocalDate paidOn = businessDate();
        assertThat(pay(planId, "reserve-" + customer, "530.00").getStatusCode().value())
                .isEqualTo(201);

        runEndOfDayThrough(paidOn.plusDays(1));

        JsonNode entry = json.readTree(TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                        .get()
                        .uri("/api/v1/admin/journal/entries?reference=reserve:" + paidOn.plusDays(1))
                        .retrieve()
                        .body(String.class))
                .get(0);
        assertThat(entry.get("lines").toString()).contains("RISK_RESERVE", "RESERVE_CONTRIBUTION_EXPENSE");
        JsonNode reserve = json.readTree(TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                .get()
                .uri("/api/v1/admin/journal/reserve")
                .retrieve()
                .body(String.class));
        assertThat(new BigDecimal(amount(reserve.get("contributed")))).isGreaterThanOrEqualTo(new BigDecimal("3.00"));
        assertThat(new BigDecimal(amount(reserve.get("reserveBalance"))))
                .isEqualByComparingTo(new BigDecimal(amount(reserve.get("contributed")))
                        .subtract(new BigDecimal(amount(reserve.get("drawn")))));
        assertThat(reserve.get("buckets")).hasSize(5);
        // the allowance was brought to what the buckets required at that end of day (the books move since)
        assertThat(json.readTree(TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                                .get()
                                .uri("/api/v1/admin/journal/entries?reference=provision:" + paidOn.plusDays(1))
                                .retrieve()
                                .body(String.class))
                        .toString())
                .contains("LOAN_LOSS_ALLOWANCE", "PROVISION_EXPENSE");
    }

    @Test
    void shouldRefuseAPaymentAboveWhatIsOwedAnUnknownPlanAndAnInvalidRequest() {
        LocalDate today = businessDate();
        String customer = customer("refused");
        UUID planId = createPlan(customer, "500.00", today, installment(1, today.plusDays(30), "500.00", "0.00"));

        ResponseEntity<String> tooMuch = pay(planId, "too-much-" + customer, "500.01");
        assertThat(tooMuch.getStatusCode().value()).isEqualTo(422);
        assertThat(JsonPath.<String>read(tooMuch.getBody(), "$.type"))
                .isEqualTo("https://problems.creditline.dev/payment-exceeds-balance");
        assertThat(pay(UUID.randomUUID(), "unknown-" + customer, "1.00")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(pay(planId, "zero-" + customer, "0.00").getStatusCode().value())
                .isEqualTo(400);
        assertThat(http().get()
                        .uri("/api/v1/plans/{id}", UUID.randomUUID())
                        .retrieve()
                        .toEntity(String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(json.readTree(http().get()
                                .uri("/api/v1/plans?customerId={c}", customer)
                                .retrieve()
                                .body(String.class))
                        .size())
                .isEqualTo(1);
    }

    @Test
    void shouldListACustomersPaymentsLatestFirstAcrossPlansBoundedByTheLimit() {
        LocalDate today = businessDate();
        String customer = customer("payments");
        UUID first = createPlan(customer, "300.00", today, installment(1, today.plusDays(30), "300.00", "0.00"));
        UUID second = createPlan(customer, "200.00", today, installment(1, today.plusDays(30), "200.00", "0.00"));
        assertThat(pay(first, "first-" + customer, "100.00").getStatusCode().value())
                .isEqualTo(201);
        assertThat(pay(second, "second-" + customer, "50.00").getStatusCode().value())
                .isEqualTo(201);

        JsonNode all = json.readTree(http().get()
                .uri("/api/v1/repayments?customerId={c}", customer)
                .retrieve()
                .body(String.class));
        assertThat(all.size()).isEqualTo(2);
        assertThat(all.get(0).path("paymentReference").asString()).isEqualTo("second-" + customer);
        assertThat(all.get(0).path("planId").asString()).isEqualTo(second.toString());
        assertThat(all.get(0).path("principalRepaid").path("amount").asString()).isEqualTo("50.00");
        assertThat(all.get(1).path("paymentReference").asString()).isEqualTo("first-" + customer);
        JsonNode latest = json.readTree(http().get()
                .uri("/api/v1/repayments?customerId={c}&limit=1", customer)
                .retrieve()
                .body(String.class));
        assertThat(latest.size()).isEqualTo(1);
        assertThat(latest.get(0).path("paymentReference").asString()).isEqualTo("second-" + customer);
        assertThat(json.readTree(http().get()
                                .uri("/api/v1/repayments?customerId={c}", customer("never-paid"))
                                .retrieve()
                                .body(String.class))
                        .size())
                .isZero();
        ResponseEntity<String> tooMany = http().get()
                .uri("/api/v1/repayments?customerId={c}&limit=101", customer)
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(String.class);
        assertThat(tooMany.getStatusCode().value()).isEqualTo(400);
        assertThat(tooMany.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldLetAPaymentInFlightFinishBeforeEndOfDayChargesTheSameCustomer() throws Exception {
        LocalDate today = businessDate();
        String customer = customer("race");
        LocalDate due = today.plusDays(10);
        UUID planId = createPlan(customer, "1000.00", today, installment(1, due, "1000.00", "0.00"));
        runEndOfDayThrough(due.plusDays(4));
        assertThat(amount(plan(planId).get("lateFeesCharged"))).isEqualTo("0.50");

        // A payment settling the installment holds the customer's lock, as RepaymentTaking does, and
        // has not committed when end of day starts the next date. It books what it pays, as a payment does.
        CountDownLatch locked = new CountDownLatch(1);
        CompletableFuture<Void> commit = new CompletableFuture<>();
        CompletableFuture<Void> payment = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(s -> {
            jdbc.queryForList("SELECT customer_id FROM customer_standing WHERE customer_id = ? FOR UPDATE", customer);
            locked.countDown();
            jdbc.update(
                    "UPDATE installment SET late_fee_paid = late_fee, principal_paid = principal, status = 'PAID',"
                            + " settled_on = ? WHERE plan_id = ?",
                    java.sql.Date.valueOf(due.plusDays(4)),
                    planId);
            jdbc.update("UPDATE plan SET outstanding_principal = 0 WHERE plan_id = ?", planId);
            bookkeeping.record(
                    new Booking(PlanId.of(planId), due.plusDays(4), "payment:race-" + customer, Instant.now()),
                    List.of(
                            new Posting(1, LedgerKind.PAYMENT_PRINCIPAL, Money.of("1000.00")),
                            new Posting(1, LedgerKind.PAYMENT_LATE_FEE, Money.of("0.50"))));
            commit.join();
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<JsonNode> endOfDay = CompletableFuture.supplyAsync(() -> runEndOfDayThrough(due.plusDays(5)));

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> !endOfDay.isDone());
        commit.complete(null);
        payment.get(30, TimeUnit.SECONDS);
        endOfDay.get(30, TimeUnit.SECONDS);

        // End of day saw the payment: no late fee on a paid installment, and the customer is cured.
        assertThat(amount(plan(planId).get("lateFeesCharged"))).isEqualTo("0.50");
        assertThat(plan(planId).get("installments").get(0).get("status").asString())
                .isEqualTo("PAID");
        assertThat(published("DelinquencyChanged", customer)
                        .getLast()
                        .get("daysPastDue")
                        .asInt())
                .isZero();
    }

    @Test
    void shouldRefuseToRunEndOfDayFarPastTheCalendarUnlessAskedTo() {
        LocalDate calendarDate = LocalDate.now(BusinessClock.PLATFORM_ZONE);
        LocalDate before = businessDate();

        ResponseEntity<String> refused =
                endOfDay(Map.of("runThrough", calendarDate.plusYears(1).toString()));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(JsonPath.<String>read(refused.getBody(), "$.type"))
                .isEqualTo("https://problems.creditline.dev/end-of-day-ahead-of-calendar");
        assertThat(JsonPath.<String>read(refused.getBody(), "$.detail"))
                .isEqualTo("End of day through " + calendarDate.plusYears(1) + " would run more than 1 day(s) past"
                        + " today's calendar date " + calendarDate + "; if that is meant (a test or a demo), send"
                        + " \"allowAheadOfCalendar\": true.");
        assertThat(businessDate()).isEqualTo(before);
        ResponseEntity<String> withinADay =
                endOfDay(Map.of("runThrough", calendarDate.plusDays(1).toString()));
        assertThat(withinADay.getStatusCode().value()).as(withinADay.getBody()).isEqualTo(200);
    }

    @Test
    void shouldRecordEachEndOfDayRunWithTheDatesItProcessedAndItsOutcome() {
        LocalDate from = businessDate().plusDays(1);
        runEndOfDayThrough(from.plusDays(1));
        runEndOfDayThrough(from.plusDays(1));

        JsonNode runs = json.readTree(TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                .get()
                .uri("/api/v1/admin/end-of-day/runs?limit=2")
                .retrieve()
                .body(String.class));

        assertThat(runs.size()).isEqualTo(2);
        JsonNode repeat = runs.get(0);
        assertThat(repeat.get("outcome").asString()).isEqualTo("NOTHING_TO_DO");
        assertThat(repeat.get("datesProcessed").asInt()).isZero();
        assertThat(repeat.get("firstDate").isNull()).isTrue();
        JsonNode run = runs.get(1);
        assertThat(run.get("runId").asLong()).isLessThan(repeat.get("runId").asLong());
        assertThat(run.get("outcome").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("runThrough").asString()).isEqualTo(from.plusDays(1).toString());
        assertThat(run.get("lastDate").asString()).isEqualTo(from.plusDays(1).toString());
        assertThat(run.get("datesProcessed").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(run.get("startedBy").asString()).startsWith("staff:");
        assertThat(run.get("durationMillis").asLong()).isNotNegative();
        assertThat(run.get("error").isNull()).isTrue();
        ResponseEntity<String> badLimit = http().get()
                .uri("/api/v1/admin/end-of-day/runs?limit=0")
                .retrieve()
                .toEntity(String.class);
        assertThat(badLimit.getStatusCode().value()).isEqualTo(400);
        assertThat(JsonPath.<String>read(badLimit.getBody(), "$.type"))
                .isEqualTo("https://problems.creditline.dev/invalid-request");
    }

    // --- helpers ---------------------------------------------------------------------------------

    static String customer(String what) {
        return "it-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ScheduledInstallment installment(int number, LocalDate due, String principal, String fee) {
        return new ScheduledInstallment(number, due, Money.of(principal), Money.of(fee));
    }

    @Test
    void shouldSweepAShareOfEachDaysSalesToAMerchantLoanOncePerDayAndRevision() {
        LocalDate today = businessDate();
        String merchant = "sweep-" + UUID.randomUUID().toString().substring(0, 8);
        String borrower = "mch-" + merchant;
        LocalDate due1 = today.plusDays(30);
        UUID planId = createMerchantLoan(borrower, today, due1);
        assertThat(plan(planId).get("salesSweepShare").decimalValue()).isEqualByComparingTo("0.10");

        // 30 days of sales, each day's 500.00 reported the next morning: 50.00 swept a day
        List<EventEnvelope> reports = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            LocalDate salesDate = today.plusDays(d);
            runEndOfDayThrough(salesDate.plusDays(1));
            EventEnvelope report =
                    envelope(new MerchantSalesReported(merchant, borrower, salesDate, Money.of("500.00"), 1));
            reports.add(report);
            send(RiskTopics.DECISIONS, report);
            awaitSweep(merchant, salesDate, 1, planId);
            if (salesDate.plusDays(1).equals(due1.minusDays(1))) {
                JsonNode dayBefore = plan(planId).get("installments").get(0);
                assertThat(amount(dayBefore.get("principalPaid")))
                        .as("the day before the due date: the first installment's principal is swept in full")
                        .isEqualTo(amount(dayBefore.get("principal")));
            }
        }
        JsonNode swept = plan(planId);
        JsonNode first = swept.get("installments").get(0);
        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("PAID");
        // its interest is earned by the day, so the due date's sweep pays the period's last day and closes it
        assertThat(first.get("settledOn").asString()).isEqualTo(due1.toString());
        assertThat(jdbc.queryForObject("SELECT sum(amount) FROM payment WHERE plan_id = ?", BigDecimal.class, planId))
                .isEqualByComparingTo("1500.00");
        // what the first installment did not need prepaid from the last
        assertThat(amount(swept.get("installments").get(2).get("principalPaid")))
                .isNotEqualTo("0.00");
        assertThat(lines("payment:" + SalesSweep.reference(merchant, today, 1, planId.toString())))
                .as("the merchant's settlement money comes in like a customer's payment")
                .anySatisfy(line -> assertThat(line).contains("DEBIT CASH_CLEARING"));
        assertThat(published("PrincipalReduced", borrower))
                .allSatisfy(p -> assertThat(p.get("product").asString()).isEqualTo("MERCHANT"));
        runEndOfDayThrough(due1.plusDays(1));
        assertThat(published("DelinquencyChanged", borrower))
                .as("never overdue")
                .isEmpty();

        // a replay (the same event, and the same report sent again) pays nothing twice; a correction up
        // sweeps the difference, a correction down reverses nothing
        send(RiskTopics.DECISIONS, reports.getFirst());
        send(
                RiskTopics.DECISIONS,
                envelope(new MerchantSalesReported(merchant, borrower, today, Money.of("500.00"), 1)));
        send(
                RiskTopics.DECISIONS,
                envelope(new MerchantSalesReported(merchant, borrower, today, Money.of("700.00"), 2)));
        awaitSweep(merchant, today, 2, planId);
        send(
                RiskTopics.DECISIONS,
                envelope(new MerchantSalesReported(merchant, borrower, today, Money.of("300.00"), 3)));
        send(
                RiskTopics.DECISIONS,
                envelope(new MerchantSalesReported(merchant, borrower, today, Money.of("800.00"), 4)));
        awaitSweep(merchant, today, 4, planId);
        assertThat(jdbc.queryForList(
                        "SELECT substring(payment_reference from ':r([0-9]+):') || ' ' || amount FROM payment"
                                + " WHERE payment_reference LIKE ? ORDER BY received_at",
                        String.class,
                        SalesSweep.dayPrefix(merchant, today) + "%"))
                .containsExactly("1 50.00", "2 20.00", "4 10.00");
    }

    @Test
    void shouldLeaveWhatLowSalesDidNotSweepOfThePeriodsMinimumOverdue() {
        LocalDate today = businessDate();
        String merchant = "short-" + UUID.randomUUID().toString().substring(0, 8);
        String borrower = "mch-" + merchant;
        LocalDate due1 = today.plusDays(30);
        UUID planId = createMerchantLoan(borrower, today, due1);

        // a short period: 100.00 of sales a day sweeps 10.00, 300.00 of the minimum 1,027.00
        reportDailySales(merchant, planId, today, 30, "100.00");
        JsonNode beforeDue = plan(planId);
        assertThat(amount(beforeDue.get("installments").get(2).get("principalPaid")))
                .as("the started installment takes every sweep")
                .isEqualTo("0.00");
        Money unpaid = Money.of(amount(beforeDue.get("installments").get(0).get("amountDue")));
        assertThat(unpaid.isPositive()).isTrue();

        runEndOfDayThrough(due1.plusDays(5));
        JsonNode first = plan(planId).get("installments").get(0);
        assertThat(first.get("status").asString()).isEqualTo("OVERDUE");
        assertThat(ledger(planId).stream()
                        .filter(e -> e.get("kind").asString().equals("LATE_FEE_CHARGED"))
                        .map(e -> e.get("businessDate").asString())
                        .toList())
                .as("late fees after the grace of 3 days")
                .containsExactly(due1.plusDays(4).toString(), due1.plusDays(5).toString());
        List<JsonNode> delinquency = published("DelinquencyChanged", borrower);
        assertThat(delinquency).extracting(d -> d.get("daysPastDue").asInt()).containsExactly(1, 2, 3, 4, 5);
        assertThat(delinquency.getFirst().get("oldestDueDate").asString()).isEqualTo(due1.toString());
        assertThat(amount(delinquency.getFirst().get("overdueAmount")))
                .isEqualTo(unpaid.amount().toPlainString());
    }

    @Test
    void shouldShowAMerchantItsLoansOneLoanWithItsLedgerAndMonthlyStatementsThatBalance() {
        LocalDate today = businessDate();
        String merchant = "mloans-" + UUID.randomUUID().toString().substring(0, 8);
        String borrower = "mch-" + merchant;
        UUID planId = createMerchantLoan(borrower, today, today.plusDays(30));
        reportDailySales(merchant, planId, today, 2, "500.00");
        RestClient self = TestHttp.as(port, Caller.partner(merchant, "k1", List.of("merchant:loans")));

        ResponseEntity<JsonNode> list = get(self, "/api/v1/merchants/{m}/loans", merchant);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        JsonNode loan = list.getBody().get(0);
        assertThat(list.getBody().size()).isEqualTo(1);
        assertThat(loan.get("planId").asString()).isEqualTo(planId.toString());
        assertThat(loan.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(loan.get("openedOn").asString()).isEqualTo(today.toString());
        assertThat(amount(loan.get("principal"))).isEqualTo("3000.00");
        assertThat(loan.get("salesSweepShare").decimalValue()).isEqualByComparingTo("0.10");
        assertThat(loan.get("nextDueDate").asString())
                .isEqualTo(today.plusDays(30).toString());
        assertThat(loan.get("daysPastDue").asInt()).isZero();
        JsonNode plan = plan(planId);
        assertThat(amount(loan.get("outstandingPrincipal"))).isEqualTo(amount(plan.get("outstandingPrincipal")));
        assertThat(amount(loan.get("payoffAmount"))).isEqualTo(amount(plan.get("payoffAmount")));
        assertThat(amount(loan.get("nextDueAmount")))
                .isEqualTo(amount(plan.get("installments").get(0).get("amountDue")));

        ResponseEntity<JsonNode> detail = get(self, "/api/v1/merchants/{m}/loans/{p}", merchant, planId);
        assertThat(detail.getStatusCode().value()).isEqualTo(200);
        assertThat(detail.getBody().get("plan").get("product").asString()).isEqualTo("MERCHANT");
        assertThat(detail.getBody().get("plan").get("installments").size()).isEqualTo(3);
        List<JsonNode> entries = new ArrayList<>();
        detail.getBody().get("ledger").forEach(entries::add);
        assertThat(entries).extracting(e -> e.get("kind").asString()).contains("PLAN_DISBURSED", "PAYMENT_PRINCIPAL");
        assertThat(entries.size()).isEqualTo(ledger(planId).size());

        // the sweeps may fall in the next month: every month of the loan's ledger balances, and they chain
        List<YearMonth> months = entries.stream()
                .map(e -> YearMonth.from(LocalDate.parse(e.get("businessDate").asString())))
                .distinct()
                .sorted()
                .toList();
        BigDecimal carried = BigDecimal.ZERO;
        BigDecimal drawn = BigDecimal.ZERO;
        BigDecimal repaid = BigDecimal.ZERO;
        List<String> sweeps = new ArrayList<>();
        for (YearMonth month : months) {
            ResponseEntity<JsonNode> read = get(self, "/api/v1/merchants/{m}/statements/{month}", merchant, month);
            assertThat(read.getStatusCode().value()).isEqualTo(200);
            JsonNode total = read.getBody().get("total");
            JsonNode figures = read.getBody().get("loans").get(0).get("figures");
            assertThat(figures).isEqualTo(total);
            BigDecimal opening = decimal(total, "openingPrincipal");
            assertThat(opening).isEqualByComparingTo(carried);
            assertThat(opening.add(decimal(total, "drawn")).subtract(decimal(total, "principalRepaid")))
                    .as("opening + drawn - repaid = closing in %s", month)
                    .isEqualByComparingTo(decimal(total, "closingPrincipal"));
            carried = decimal(total, "closingPrincipal");
            drawn = drawn.add(decimal(total, "drawn"));
            repaid = repaid.add(decimal(total, "principalRepaid"));
            read.getBody().get("loans").get(0).get("movements").forEach(m -> {
                if (m.get("type").asString().equals("SALES_SWEEP")) {
                    assertThat(amount(m.get("amount"))).isEqualTo("50.00");
                    sweeps.add(m.get("salesDate").asString());
                }
            });
        }
        String csv = self.get()
                .uri("/api/v1/merchants/{m}/statements/{month}", merchant, months.getFirst())
                .accept(MediaType.parseMediaType("text/csv"))
                .retrieve()
                .body(String.class);
        assertThat(csv)
                .startsWith("line,merchant_id,month,plan_id,")
                .contains("\r\nLOAN," + merchant + "," + months.getFirst() + "," + planId + ",")
                .contains("\r\nTOTAL," + merchant + "," + months.getFirst() + ",");
        assertThat(drawn).isEqualByComparingTo("3000.00");
        assertThat(repaid)
                .isEqualByComparingTo(entries.stream()
                        .filter(e -> e.get("kind").asString().equals("PAYMENT_PRINCIPAL"))
                        .map(e -> new BigDecimal(amount(e.get("amount"))))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(carried).isEqualByComparingTo(amount(loan.get("outstandingPrincipal")));
        assertThat(sweeps).containsExactly(today.toString(), today.plusDays(1).toString());

        UUID consumerPlan = createPlan(
                "shopper-" + UUID.randomUUID().toString().substring(0, 8),
                "600.00",
                today,
                installment(1, today.plusMonths(1), "600.00", "0.00"));
        YearMonth next = YearMonth.from(businessDate()).plusMonths(1);
        assertThat(get(self, "/api/v1/merchants/{m}/loans/{p}", merchant, consumerPlan)
                        .getStatusCode()
                        .value())
                .as("a consumer's plan under the merchant's path")
                .isEqualTo(404);
        RestClient other =
                TestHttp.as(port, Caller.partner("other-" + merchant.substring(7), "k2", List.of("merchant:loans")));
        assertThat(get(other, "/api/v1/merchants/{m}/loans/{p}", merchant, planId)
                        .getStatusCode()
                        .value())
                .as("another merchant's key")
                .isEqualTo(403);
        assertThat(get(other, "/api/v1/merchants/{m}/loans", merchant)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(get(other, "/api/v1/merchants/{m}/loans/{p}", "other-" + merchant.substring(7), planId)
                        .getStatusCode()
                        .value())
                .as("another merchant's own path, this merchant's loan")
                .isEqualTo(404);
        ResponseEntity<JsonNode> future = get(self, "/api/v1/merchants/{m}/statements/{month}", merchant, next);
        assertThat(future.getStatusCode().value()).isEqualTo(422);
        assertThat(future.getBody().get("type").asString()).endsWith("/statement-month-in-future");
        assertThat(get(self, "/api/v1/merchants/{m}/statements/{month}", merchant, "2026-13")
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        assertThat(get(TestHttp.as(port, TestCallers.staff("vera", "VIEWER")), "/api/v1/merchants/{m}/loans", merchant)
                        .getBody()
                        .size())
                .isEqualTo(1);
    }

    ResponseEntity<JsonNode> get(RestClient http, String uri, Object... variables) {
        return http.get().uri(uri, variables).retrieve().toEntity(JsonNode.class);
    }

    static BigDecimal decimal(JsonNode figures, String field) {
        return new BigDecimal(amount(figures.get(field)));
    }

    /** A 3,000.00 merchant loan in three months, interest by the day, swept 10 % of daily net sales. */
    UUID createMerchantLoan(String borrower, LocalDate disbursed, LocalDate due1) {
        UUID planId = UUID.randomUUID();
        send(new PlanCreated(
                planId,
                "mloan-" + borrower,
                borrower,
                Money.of("3000.00"),
                "EQUAL_PRINCIPAL",
                3,
                false,
                new BigDecimal("0.1095"),
                disbursed,
                List.of(
                        installment(1, due1, "1000.00", "27.00"),
                        installment(2, due1.plusDays(31), "1000.00", "18.60"),
                        installment(3, due1.plusDays(61), "1000.00", "9.00")),
                "B",
                null,
                Money.ZERO,
                Money.ZERO,
                "MERCHANT",
                new BigDecimal("0.10")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http().get()
                        .uri("/api/v1/plans/{id}", planId)
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .is2xxSuccessful());
        return planId;
    }

    /** Days of the same net sales from a date, each reported the morning after (end of day run) and swept. */
    void reportDailySales(String merchant, UUID planId, LocalDate from, int days, String netSales) {
        String borrower = "mch-" + merchant;
        for (int d = 0; d < days; d++) {
            LocalDate salesDate = from.plusDays(d);
            runEndOfDayThrough(salesDate.plusDays(1));
            send(
                    RiskTopics.DECISIONS,
                    envelope(new MerchantSalesReported(merchant, borrower, salesDate, Money.of(netSales), 1)));
            awaitSweep(merchant, salesDate, 1, planId);
        }
    }

    void awaitSweep(String merchant, LocalDate salesDate, int revision, UUID planId) {
        String reference = SalesSweep.reference(merchant, salesDate, revision, planId.toString());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM payment WHERE payment_reference = ?", Integer.class, reference)
                        == 1);
    }

    UUID createPlan(String customer, String principal, LocalDate captured, ScheduledInstallment... schedule) {
        return createPlan("B", customer, principal, captured, schedule);
    }

    /** A plan priced at the grade (the funders' eligibility); the journey's other plans are grade B. */
    UUID createPlan(
            String grade, String customer, String principal, LocalDate captured, ScheduledInstallment... schedule) {
        UUID planId = UUID.randomUUID();
        send(new PlanCreated(
                planId,
                "order-" + customer,
                customer,
                Money.of(principal),
                "FLAT_MONTHLY_FEE",
                schedule.length,
                false,
                new BigDecimal("0.1620"),
                captured,
                List.of(schedule),
                grade,
                null,
                Money.ZERO,
                Money.ZERO,
                null,
                null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http().get()
                        .uri("/api/v1/plans/{id}", planId)
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .is2xxSuccessful());
        return planId;
    }

    /** Sends an event as checkout's outbox relay would: an envelope keyed by customer. */
    void send(IntegrationEvent event) {
        send(CheckoutTopics.ORDERS, envelope(event));
    }

    /** Sends an envelope to a topic, keyed by its customer, as an outbox relay would. */
    void send(String topic, EventEnvelope envelope) {
        kafka.send(topic, envelope.customerKey(), json.writeValueAsString(envelope))
                .join();
    }

    EventEnvelope envelope(IntegrationEvent event) {
        return new EventEnvelope(
                UUID.randomUUID(),
                EventTypes.nameOf(event.getClass()),
                EventTypes.versionOf(event.getClass()),
                event.aggregateId(),
                event.customerKey(),
                Instant.now(),
                "it-" + UUID.randomUUID(),
                json.valueToTree(event),
                null);
    }

    LocalDate businessDate() {
        return LocalDate.parse(json.readTree(http().get()
                        .uri("/api/v1/admin/business-date")
                        .retrieve()
                        .body(String.class))
                .get("businessDate")
                .asString());
    }

    /** Runs end of day through a date, which these tests place weeks past the calendar on purpose. */
    JsonNode runEndOfDayThrough(LocalDate date) {
        ResponseEntity<String> response = endOfDay(Map.of("runThrough", date.toString(), "allowAheadOfCalendar", true));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    ResponseEntity<String> endOfDay(Map<String, Object> request) {
        return http().post()
                .uri("/api/v1/admin/end-of-day")
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .toEntity(String.class);
    }

    ResponseEntity<String> pay(UUID planId, String reference, String amount) {
        return http().post()
                .uri("/api/v1/repayments")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "planId",
                        planId.toString(),
                        "paymentReference",
                        reference,
                        "amount",
                        Map.of("amount", amount, "currency", "CNY")))
                .retrieve()
                .toEntity(String.class);
    }

    ResponseEntity<String> payOut(UUID planId, String body) {
        return http().post()
                .uri("/api/v1/plans/{id}/credit-balance/payouts", planId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(String.class);
    }

    ResponseEntity<String> transfer(UUID from, UUID to, String reference, String amount) {
        return http().post()
                .uri("/api/v1/plans/{id}/credit-balance/transfers", from)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "toPlanId", to.toString(),
                        "reference", reference,
                        "amount", Map.of("amount", amount, "currency", "CNY")))
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(String.class);
    }

    JsonNode payoutOutcome(String payoutId, boolean paid) {
        return json.readTree(TestHttp.as(port, TestCallers.staff("alice", "ADMIN"))
                .post()
                .uri("/api/v1/admin/payouts/{id}/outcome", payoutId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("paid", paid, "reason", paid ? "confirmed" : "account closed at the receiving bank"))
                .retrieve()
                .body(String.class));
    }

    JsonNode trialBalance() {
        return json.readTree(TestHttp.as(port, TestCallers.staff("vera", "VIEWER"))
                .get()
                .uri("/api/v1/admin/journal/trial-balance")
                .retrieve()
                .body(String.class));
    }

    JsonNode plan(UUID planId) {
        ResponseEntity<String> response =
                http().get().uri("/api/v1/plans/{id}", planId).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    List<JsonNode> ledger(UUID planId) {
        List<JsonNode> entries = new ArrayList<>();
        json.readTree(http().get()
                        .uri("/api/v1/plans/{id}/ledger", planId)
                        .retrieve()
                        .body(String.class))
                .forEach(entries::add);
        return entries;
    }

    /** The payloads of the events of one type this service published about a customer, in order. */
    List<JsonNode> published(String type, String customer) {
        return jdbc
                .queryForList(
                        "SELECT envelope->'payload' #>> '{}' FROM outbox_event"
                                + " WHERE event_type = ? AND message_key = ? ORDER BY position",
                        String.class,
                        type,
                        customer)
                .stream()
                .map(json::readTree)
                .toList();
    }

    static String amount(JsonNode money) {
        return money.get("amount").asString();
    }

    RestClient http() {
        return TestHttp.to(port);
    }
}
