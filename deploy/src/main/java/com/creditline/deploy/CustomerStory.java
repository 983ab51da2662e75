package com.creditline.deploy;

import static com.creditline.deploy.StoryCalls.endOfDay;
import static com.creditline.deploy.StoryCalls.expect;

import com.creditline.deploy.GatewayClient.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * One customer's life on the platform, told through the gateway: apply, quote, authorise, capture
 * twice, refund part, repay installments on time, miss one, let end of day age it past the grace
 * period (late fee, delinquent line, a collections case with reminders), pay the arrears, and see
 * the case closed and the line restored. The demo prints it; the end-to-end test checks it.
 */
public final class CustomerStory {

    /** What the story saw, for the test to check. */
    public record Outcome(
            String customerId,
            BigDecimal limit,
            int plans,
            BigDecimal lateFee,
            int daysPastDue,
            String caseBucket,
            List<String> reminderChannels,
            String declineWhileDelinquent,
            String statusAfterCure,
            String caseStatusAfterCure,
            BigDecimal lineOutstanding,
            BigDecimal ledgerOutstanding,
            BigDecimal available,
            BigDecimal limitAtTheEnd,
            int reconciliationDifferences,
            boolean booksHold) {}

    static final Duration EVENTUALLY = Duration.ofSeconds(90);

    /** The shop, for everything the customer does. */
    private final GatewayClient gateway;
    /** Alice from operations (ADMIN), who runs end of day and the reconciliation. */
    private final GatewayClient ops;

    private final Consumer<String> say;

    public CustomerStory(String gatewayUrl, Consumer<String> say) {
        this.gateway = GatewayClient.asShop(gatewayUrl);
        this.ops = GatewayClient.asStaff(gatewayUrl, "alice").because("customer story: moving the business date");
        this.say = say;
    }

    public Outcome tell() {
        String customer = "story-" + UUID.randomUUID().toString().substring(0, 8);
        String order = "order-" + customer;

        say.accept("1. " + customer + " applies for a credit line");
        Reply decision = expect(201, gateway.post("/api/v1/applications", application(customer)));
        say.accept("   decision " + decision.text("decision") + ", grade " + decision.text("grade") + ", score "
                + decision.text("score") + ", recommended limit " + decision.amount("recommendedLimit") + " CNY");
        Reply account = gateway.await("/api/v1/credit-accounts/" + customer, r -> r.status() == 200, EVENTUALLY);
        BigDecimal limit = new BigDecimal(account.amount("effectiveLimit"));
        say.accept("   credit-limit-service opened the line: available " + account.amount("available") + " CNY");

        say.accept("2. quote 3000.00 CNY");
        // checkout learns the customer's grade from the same approval event, a moment later
        Reply quote = gateway.await(
                "quote",
                () -> gateway.post("/api/v1/quotes", """
                        {"customerId":"%s","amount":{"amount":"3000.00","currency":"CNY"}}""".formatted(customer)),
                r -> r.status() == 200,
                EVENTUALLY);
        for (JsonNode offer : quote.body().path("offers")) {
            say.accept("   " + offer.path("installmentCount").asInt() + " x "
                    + offer.path("method").asString()
                    + ": APR "
                    + offer.path("annualPercentageRate").path("nominal").asString()
                    + ", total cost " + offer.path("totalCost").path("amount").asString());
        }

        say.accept("3. authorise order " + order + " for 3000.00 CNY");
        Reply authorised = expect(
                201, gateway.post("/api/v1/orders/" + order + "/authorisation", """
                {"customerId":"%s","amount":{"amount":"3000.00","currency":"CNY"},
                 "device":{"deviceId":"phone-%s","latitude":31.2304,"longitude":121.4737}}""".formatted(customer, customer)));
        say.accept("   " + authorised.text("status") + ", held " + authorised.amount("stillHeld") + " CNY");

        say.accept("4. capture two shipments: 1800.00 in 3 installments, 1200.00 in 6");
        expect(201, gateway.post("/api/v1/orders/" + order + "/captures", capture(order + "-1", "1800.00", 3)));
        Reply captured =
                expect(201, gateway.post("/api/v1/orders/" + order + "/captures", capture(order + "-2", "1200.00", 6)));
        say.accept("   captured " + captured.amount("captured") + " CNY into "
                + captured.body().path("plans").size() + " plans");

        say.accept("5. the customer returns goods: refund 300.00 CNY");
        Reply refunded = expect(201, gateway.post("/api/v1/orders/" + order + "/refunds", """
                {"refundId":"%s-r1","amount":{"amount":"300.00","currency":"CNY"}}""".formatted(order)));
        say.accept("   refunded " + refunded.amount("refunded") + " CNY (from the latest plan first)");
        List<JsonNode> plans = awaitPlans(customer, 2, "2700.00");
        gateway.await(
                "/api/v1/credit-accounts/" + customer,
                r -> r.amount("outstanding").equals("2700.00"),
                EVENTUALLY);
        say.accept("   repayment-service keeps both plans; the line owes 2700.00 CNY");

        LocalDate firstDue = LocalDate.parse(
                plans.getFirst().path("installments").get(0).path("dueDate").asString());
        say.accept("6. end of day through the first due date " + firstDue + "; the customer pays both plans on time");
        endOfDay(ops, firstDue);
        for (JsonNode plan : plansOf(customer)) {
            pay(plan, "pay-1-");
        }

        LocalDate secondDue = LocalDate.parse(
                plans.getFirst().path("installments").get(1).path("dueDate").asString());
        say.accept("7. end of day through the second due date " + secondDue + "; only the 6-month plan is paid");
        endOfDay(ops, secondDue);
        JsonNode threeMonthPlan = planWithCount(customer, 3);
        for (JsonNode plan : plansOf(customer)) {
            if (!plan.path("planId")
                    .asString()
                    .equals(threeMonthPlan.path("planId").asString())) {
                pay(plan, "pay-2-");
            }
        }

        LocalDate late = secondDue.plusDays(8);
        say.accept("8. the 3-month plan's second installment is missed; end of day runs on to " + late);
        endOfDay(ops, late);
        JsonNode missed = planWithCount(customer, 3);
        BigDecimal lateFee =
                new BigDecimal(missed.path("lateFeesCharged").path("amount").asString());
        say.accept("   late fee " + lateFee + " CNY after the 3-day grace; amount due "
                + missed.path("amountDue").path("amount").asString());
        Reply delinquent = gateway.await(
                "/api/v1/credit-accounts/" + customer, r -> r.text("status").equals("DELINQUENT"), EVENTUALLY);
        say.accept("   the line is " + delinquent.text("status"));
        Reply declined =
                expect(201, gateway.post("/api/v1/orders/" + order + "-late/authorisation", """
                {"customerId":"%s","amount":{"amount":"10.00","currency":"CNY"}}""".formatted(customer)));
        String declineReason = declined.body().path("reasons").path(0).asString();
        say.accept("   a new order is " + declined.text("status") + ": " + declineReason);
        // Each day's delinquency reaches collections as its own event: wait for the last one too.
        long daysLate = ChronoUnit.DAYS.between(secondDue, late);
        Reply cases = gateway.await(
                "/api/v1/collections/cases?customerId=" + customer,
                r -> r.body().size() > 0
                        && r.body().get(0).path("attempts").size() >= 3
                        && r.body().get(0).path("daysPastDue").asInt() >= daysLate,
                EVENTUALLY);
        JsonNode openCase = cases.body().get(0);
        List<String> channels = new ArrayList<>();
        openCase.path("attempts").forEach(a -> channels.add(a.path("channel").asString()));
        say.accept("   collections case " + openCase.path("status").asString() + " in bucket "
                + openCase.path("bucket").asString() + " at "
                + openCase.path("daysPastDue").asInt()
                + " days past due; reminders: " + channels);

        say.accept("9. the customer pays the arrears and the late fee");
        pay(missed, "pay-arrears-");
        Reply cured = gateway.await(
                "/api/v1/credit-accounts/" + customer, r -> r.text("status").equals("ACTIVE"), EVENTUALLY);
        Reply closedCase = gateway.await(
                "/api/v1/collections/cases?customerId=" + customer,
                r -> r.body().get(0).path("status").asString().equals("CLOSED"),
                EVENTUALLY);
        say.accept("   the case is " + closedCase.body().get(0).path("status").asString() + " ("
                + closedCase.body().get(0).path("closeReason").asString() + "); the line is " + cured.text("status"));

        BigDecimal ledger = plansOf(customer).stream()
                .map(p -> new BigDecimal(
                        p.path("outstandingPrincipal").path("amount").asString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Reply line = gateway.await(
                "/api/v1/credit-accounts/" + customer,
                r -> new BigDecimal(r.amount("outstanding")).compareTo(ledger) == 0,
                EVENTUALLY);
        say.accept("10. the line's outstanding principal " + line.amount("outstanding") + " CNY equals the ledger's "
                + ledger + " CNY; available " + line.amount("available") + " of " + line.amount("effectiveLimit"));

        Reply reconciliation = ops.await(
                "/api/v1/admin/reconciliation",
                r -> r.body().path("differences").isEmpty(),
                EVENTUALLY);
        say.accept("11. reconciliation of the line, the repayment ledger and checkout over "
                + reconciliation.body().path("customers").asInt() + " customers: "
                + reconciliation.body().path("differences").size() + " differences");
        Reply trialBalance = ops.get("/api/v1/admin/journal/trial-balance");
        say.accept("12. the journal: debits " + trialBalance.amount("totalDebits") + " = credits "
                + trialBalance.amount("totalCredits") + " CNY; control accounts against the plans: "
                + (booksHold(trialBalance)
                        ? "equal"
                        : "DIFFERENT " + trialBalance.body().path("controls")));

        return new Outcome(
                customer,
                limit,
                plans.size(),
                lateFee,
                openCase.path("daysPastDue").asInt(),
                openCase.path("bucket").asString(),
                channels,
                declineReason,
                cured.text("status"),
                closedCase.body().get(0).path("status").asString(),
                new BigDecimal(line.amount("outstanding")),
                ledger,
                new BigDecimal(line.amount("available")),
                new BigDecimal(line.amount("effectiveLimit")),
                reconciliation.body().path("differences").size(),
                booksHold(trialBalance));
    }

    /** The trial balance balances and every control account equals its sub-ledger, to the fen. */
    public static boolean booksHold(Reply trialBalance) {
        if (trialBalance.status() != 200
                || !trialBalance.body().path("balanced").asBoolean()) {
            return false;
        }
        for (JsonNode control : trialBalance.body().path("controls")) {
            if (new BigDecimal(control.path("difference").path("amount").asString()).signum() != 0) {
                return false;
            }
        }
        return true;
    }

    private List<JsonNode> awaitPlans(String customer, int count, String outstanding) {
        Reply reply = gateway.await(
                "/api/v1/plans?customerId=" + customer,
                r -> r.body().size() == count && total(r.body()).compareTo(new BigDecimal(outstanding)) == 0,
                EVENTUALLY);
        List<JsonNode> plans = new ArrayList<>();
        reply.body().forEach(plans::add);
        return plans;
    }

    private static BigDecimal total(JsonNode plans) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode plan : plans) {
            sum = sum.add(new BigDecimal(
                    plan.path("outstandingPrincipal").path("amount").asString("0")));
        }
        return sum;
    }

    private List<JsonNode> plansOf(String customer) {
        List<JsonNode> plans = new ArrayList<>();
        expect(200, gateway.get("/api/v1/plans?customerId=" + customer)).body().forEach(plans::add);
        return plans;
    }

    private JsonNode planWithCount(String customer, int installments) {
        return plansOf(customer).stream()
                .filter(p -> p.path("installmentCount").asInt() == installments)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Pays what the plan shows due. Read again until something is due: right after end of day, a
     * replica other than the one that ran it may still remember the day before, for up to a second
     * (common-lib's StoredBusinessDate).
     */
    private void pay(JsonNode plan, String referencePrefix) {
        String planId = plan.path("planId").asString();
        String due = gateway.await(
                        "/api/v1/plans/" + planId,
                        r -> r.status() == 200 && new BigDecimal(r.amount("amountDue")).signum() > 0,
                        EVENTUALLY)
                .amount("amountDue");
        Reply paid =
                expect(201, gateway.post("/api/v1/repayments", """
                {"planId":"%s","paymentReference":"%s","amount":{"amount":"%s","currency":"CNY"}}""".formatted(planId, referencePrefix + planId, due)));
        say.accept("   paid " + due + " CNY on plan " + planId.substring(0, 8) + " (" + paid.status() + ")");
    }

    /** An application the scoring approves: a long-standing, punctual customer. */
    public static String application(String customer) {
        return """
                {"customerId":"%s","features":{"accountAgeMonths":40,"orders12m":35,
                 "spend12m":{"amount":"30000.00","currency":"CNY"},"returnRate":"0.05",
                 "onTimePaymentRatio":"0.98","worstDpd":0,"identityVerified":true,
                 "incomeBand":"FROM_8K_TO_15K","devices":2}}""".formatted(customer);
    }

    private static String capture(String captureId, String amount, int installments) {
        return """
                {"captureId":"%s","amount":{"amount":"%s","currency":"CNY"},
                 "method":"FLAT_MONTHLY_FEE","installmentCount":%d}""".formatted(captureId, amount, installments);
    }
}
