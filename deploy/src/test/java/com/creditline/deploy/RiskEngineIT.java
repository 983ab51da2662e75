package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.deploy.GatewayClient.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The risk engine on the real platform, through the gateway: behaviour re-grades and moves lines
 * after end of day, a festival campaign raises a segment's lines and the raises lapse, a fraud
 * decline freezes the line and a held order waits for an officer, and the monitoring report reads
 * the decisions made.
 */
class RiskEngineIT {

    static final Duration EVENTUALLY = PlatformSteps.EVENTUALLY;
    static final Duration ALL_OFFERS = Duration.ofMinutes(4);

    static String gatewayUrl;
    static GatewayClient shop;
    static GatewayClient ops;
    static PlatformSteps steps;

    @BeforeAll
    static void startPlatform() throws Exception {
        gatewayUrl = TestPlatform.get().gatewayUrl();
        shop = GatewayClient.asShop(gatewayUrl);
        ops = GatewayClient.asStaff(gatewayUrl, "alice").because("risk engine test");
        steps = new PlatformSteps(shop, ops);
    }

    @Test
    void shouldRegradeAndCutTheLineOfACustomerWhoPaysLateAfterEndOfDay() {
        String customer = newCustomer("late");
        BigDecimal limit = steps.open(customer, CustomerStory.application(customer), "A");
        JsonNode plan = steps.buyInThree(customer, "1200.00");

        LocalDate firstDue = steps.firstDueDate(plan);
        steps.endOfDay(firstDue.plusDays(8));
        // The behaviour score looks once a business date: let risk-scoring see the arrears, then a day more.
        ops.await(
                "/api/v1/admin/risk/customers/" + customer + "/behaviour",
                r -> r.body().path("daysPastDue").asInt() >= 8,
                EVENTUALLY);
        steps.endOfDay(firstDue.plusDays(9));

        Reply grade = ops.await(gradePath(customer), r -> r.text("source").equals("BEHAVIOUR"), EVENTUALLY);
        assertThat(grade.text("grade")).isEqualTo("D");
        JsonNode move = grade.body().path("history").get(0);
        assertThat(move.path("modelId").asString()).isEqualTo("behaviour-expert");
        assertThat(move.path("reasons").toString()).contains("daysPastDue");

        Reply line = shop.await(
                linePath(customer), r -> new BigDecimal(r.amount("permanentLimit")).compareTo(limit) < 0, EVENTUALLY);
        assertThat(new BigDecimal(line.amount("permanentLimit")))
                .isEqualByComparingTo(limit.multiply(new BigDecimal("0.70")).max(new BigDecimal("1200.00")));
        assertThat(changeBy(customer, "risk-scoring").path("reason").asString()).contains("behaviour-expert v1");
    }

    @Test
    void shouldRaiseTheLineOfACustomerWhoPaysOnTime() {
        String customer = newCustomer("punctual");
        BigDecimal limit = steps.open(customer, fairApplication(customer), "C");
        JsonNode plan = steps.buyInThree(customer, "600.00");

        LocalDate firstDue = steps.firstDueDate(plan);
        steps.endOfDay(firstDue);
        JsonNode due = steps.plansOf(customer).getFirst();
        shop.post("/api/v1/repayments", """
                {"planId":"%s","paymentReference":"on-time-%s","amount":{"amount":"%s","currency":"CNY"}}""".formatted(
                        due.path("planId").asString(),
                        customer,
                        due.path("amountDue").path("amount").asString()));
        // The behaviour score looks once a business date: let risk-scoring see the whole payment
        // first, the principal it repaid included (a later event of the same payment), or the look
        // of the next date may judge the payment without it and not look again that date.
        ops.await(
                "/api/v1/admin/risk/customers/" + customer + "/behaviour",
                r -> r.body().path("payments").asInt() > 0
                        && new BigDecimal(r.amount("outstandingPrincipal")).compareTo(new BigDecimal("600.00")) < 0,
                EVENTUALLY);
        steps.endOfDay(firstDue.plusDays(1));

        Reply grade = ops.await(gradePath(customer), r -> r.text("source").equals("BEHAVIOUR"), EVENTUALLY);
        assertThat(grade.text("grade")).isEqualTo("A");
        Reply line = shop.await(
                linePath(customer), r -> new BigDecimal(r.amount("permanentLimit")).compareTo(limit) > 0, EVENTUALLY);
        assertThat(line.text("grade")).isEqualTo("A");
        assertThat(changeBy(customer, "risk-scoring").path("reason").asString()).contains("behaviour-expert v1");
    }

    @Test
    void shouldRaiseAnEligibleSegmentForAFestivalAndLetTheRaiseLapse() {
        String customer = newCustomer("festive");
        BigDecimal limit = steps.open(customer, CustomerStory.application(customer), "A");
        // The campaign offers its raise to the lines risk-scoring knows to be open on its business
        // date: let it read this line's opening (an event from credit-limit) and reach the line's date.
        Reply known = ops.await(
                "/api/v1/admin/risk/customers/" + customer + "/behaviour",
                r -> r.status() == 200
                        && new BigDecimal(r.amount("creditLimit")).signum() > 0
                        && r.text("asOf").equals(shop.get(linePath(customer)).text("businessDate")),
                EVENTUALLY);
        LocalDate today = LocalDate.parse(known.text("asOf"));
        GatewayClient officer = GatewayClient.asStaff(gatewayUrl, "olga").because("Double 11 for grade A");

        Reply launched =
                officer.post("/api/v1/admin/risk/campaigns", """
                {"name":"Double 11 %s","segment":{"grades":["A"],"minimumMonthsOnBook":0},
                 "raisePercent":20,"startsOn":"%s","endsOn":"%s","reason":"festival raise for grade A"}""".formatted(customer, today, today.plusDays(2)));
        assertThat(launched.status()).as(launched.body().toString()).isEqualTo(201);
        assertThat(launched.body().path("customersOffered").asLong()).isPositive();
        assertThat(officer.get("/api/v1/admin/risk/campaigns/" + launched.text("campaignId"))
                        .text("launchedBy"))
                .contains("olga");

        // The campaign offers a raise to every grade-A line on the shared platform (hundreds by
        // this point of the suite), on the topic that also carries the behaviour score's re-grades
        // of every end of day the other tests ran: credit-limit decides them in order, so this
        // customer's offer may wait behind all of them.
        BigDecimal raise = limit.multiply(new BigDecimal("0.20"));
        Reply raised = shop.await(
                linePath(customer),
                r -> new BigDecimal(r.amount("effectiveLimit")).compareTo(limit.add(raise)) == 0,
                ALL_OFFERS);
        JsonNode placed = raised.body().path("temporaryRaises").get(0);
        assertThat(placed.path("source").asString()).isEqualTo("CAMPAIGN");
        assertThat(placed.path("campaignId").asString()).isEqualTo(launched.text("campaignId"));
        ops.await(
                linePath(customer) + "/changes",
                r -> r.body().toString().contains("TEMPORARY_RAISE_STARTED"),
                EVENTUALLY);

        steps.endOfDay(today.plusDays(3));

        Reply lapsed = shop.await(
                linePath(customer), r -> new BigDecimal(r.amount("effectiveLimit")).compareTo(limit) == 0, EVENTUALLY);
        assertThat(lapsed.body().path("temporaryRaises").get(0).path("state").asString())
                .isEqualTo("LAPSED");
        ops.await(
                linePath(customer) + "/changes",
                r -> r.body().toString().contains("TEMPORARY_RAISE_LAPSED"),
                EVENTUALLY);
    }

    @Test
    void shouldFreezeTheLineWhenTheFraudCheckDeclinesUntilAnOfficerUnfreezesIt() {
        String customer = newCustomer("stolen");
        steps.open(customer, CustomerStory.application(customer), "A");
        GatewayClient officer = GatewayClient.asStaff(gatewayUrl, "olga").because("device seen in fraud cases");
        String device = "stolen-phone-" + customer;
        Reply blocked = officer.post("/api/v1/admin/fraud/blocked-devices", """
                {"deviceId":"%s","reason":"used in two confirmed fraud cases"}""".formatted(device));
        assertThat(blocked.status()).as(blocked.body().toString()).isEqualTo(201);

        Reply declined = steps.authorise(customer, "order-" + customer, "800.00", device, 31.2304, 121.4737);

        assertThat(declined.text("decision")).isEqualTo("DECLINE");
        assertThat(declined.body().path("reasons").toString()).contains("BLOCKED_DEVICE");
        shop.await(linePath(customer), r -> r.text("status").equals("FROZEN"), EVENTUALLY);
        assertThat(changeBy(customer, "fraud-check").path("reason").asString())
                .contains("order-" + customer)
                .contains("BLOCKED_DEVICE");

        Reply unfrozen = officer.put("/api/v1/admin/credit-accounts/" + customer + "/status", """
                {"status":"ACTIVE","reason":"customer identified in branch; the device was not theirs"}""");
        assertThat(unfrozen.status()).as(unfrozen.body().toString()).isEqualTo(200);
        assertThat(shop.get(linePath(customer)).text("status")).isEqualTo("ACTIVE");
    }

    @Test
    void shouldSendALargeOrderFromANewFarDeviceToReviewForAnOfficerToDecide() {
        String customer = newCustomer("traveller");
        steps.open(customer, CustomerStory.application(customer), "A");
        Reply usual =
                steps.authorise(customer, "order-" + customer + "-1", "120.00", "home-" + customer, 31.2304, 121.4737);
        assertThat(usual.text("decision")).isEqualTo("APPROVE");

        String order = "order-" + customer + "-2";
        Reply held = steps.authorise(customer, order, "6000.00", "new-" + customer, 43.8256, 87.6168);

        assertThat(held.text("decision")).isEqualTo("REVIEW");
        assertThat(held.body().path("reasons").toString()).contains("NEW_DEVICE_FAR_LOCATION_LARGE_AMOUNT");
        GatewayClient officer = GatewayClient.asStaff(gatewayUrl, "olga").because("review of a held order");
        Reply queue = officer.get("/api/v1/admin/orders/reviews?limit=100");
        assertThat(queue.body().path("orders").toString()).contains(order);

        Reply decided = officer.post("/api/v1/admin/orders/" + order + "/review", """
                {"approve":true,"reason":"customer confirmed the order by phone"}""");
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        assertThat(shop.get("/api/v1/orders/" + order).text("status")).isEqualTo("AUTHORISED");
        assertThat(shop.get(linePath(customer)).text("status")).isEqualTo("ACTIVE");
    }

    @Test
    void shouldReportStabilityGradeMixAndVintagesOfTheChampion() {
        String customer = newCustomer("monitored");
        steps.open(customer, CustomerStory.application(customer), "A");

        Reply report = ops.await(
                "/api/v1/admin/risk/monitoring",
                r -> r.status() == 200 && r.body().path("weeks").size() > 0,
                EVENTUALLY);

        assertThat(report.body().path("champion").path("modelId").asString()).isNotBlank();
        assertThat(report.body().path("stability").path("index").isNumber()).isTrue();
        assertThat(report.body().path("stability").path("recentApplications").asInt())
                .isPositive();
        assertThat(report.body().path("weeks").get(0).path("gradeMix").size()).isPositive();
        assertThat(report.body().path("vintages").size()).isPositive();
        assertThat(report.body().path("vintages").get(0).has("ninetyPlusAt12")).isTrue();
        assertThat(report.body().has("badRatesByGrade")).isTrue();
    }

    /** An application the expert scorecard grades C: a younger account, some late payments. */
    static String fairApplication(String customer) {
        return """
                {"customerId":"%s","features":{"accountAgeMonths":12,"orders12m":5,
                 "spend12m":{"amount":"10000.00","currency":"CNY"},"returnRate":"0.10",
                 "onTimePaymentRatio":"0.90","worstDpd":0,"identityVerified":true,
                 "incomeBand":"FROM_3K_TO_8K","devices":2}}""".formatted(customer);
    }

    static String newCustomer(String kind) {
        return kind + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The line's latest change made by the actor (the history is for staff). */
    static JsonNode changeBy(String customer, String actor) {
        JsonNode found = null;
        for (JsonNode change : ops.get(linePath(customer) + "/changes").body()) {
            if (change.path("actor").asString().equals(actor)) {
                found = change;
            }
        }
        assertThat(found).as("a change by " + actor).isNotNull();
        return found;
    }

    static String linePath(String customer) {
        return PlatformSteps.linePath(customer);
    }

    static String gradePath(String customer) {
        return "/api/v1/admin/risk/customers/" + customer + "/grade";
    }
}
