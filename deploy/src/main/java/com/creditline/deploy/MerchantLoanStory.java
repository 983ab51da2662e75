package com.creditline.deploy;

import static com.creditline.deploy.StoryCalls.businessDate;
import static com.creditline.deploy.StoryCalls.endOfDay;
import static com.creditline.deploy.StoryCalls.expect;

import com.creditline.deploy.GatewayClient.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A merchant borrows against its sales (京小贷-style), told through the gateway with the merchant's
 * own API key: enrolled by operations, it sends 90 days of sales, gets a line sized from them,
 * draws 100,000 to its settlement account with 10 % of each day's sales swept to repay it; a slow
 * month leaves the first period short, so on the due date the rest is overdue like any installment
 * and collections opens the merchant's case; a strong day's sweep pays the arrears and closes it.
 * The demo prints it; {@code ProductsIT} checks it.
 */
public final class MerchantLoanStory {

    /** What the story saw, for the test to check. */
    public record Outcome(
            String merchantId,
            String grade,
            String limit,
            String lineKind,
            String planId,
            String product,
            String salesSweepShare,
            String sweptBeforeTheDueDate,
            String firstMinimumPayment,
            int daysPastDue,
            String caseStatus,
            String caseStatusAfterTheStrongDay,
            String amountDueAtTheEnd,
            JsonNode statement,
            int keyForAnotherMerchant,
            int keyOnAShoppersPlan) {}

    static final Duration EVENTUALLY = Duration.ofSeconds(90);
    static final String DRAW = "100000.00";

    private final String gatewayUrl;
    private final GatewayClient ops;
    private final Consumer<String> say;

    public MerchantLoanStory(String gatewayUrl, Consumer<String> say) {
        this.gatewayUrl = gatewayUrl;
        this.ops = GatewayClient.asStaff(gatewayUrl, "alice").because("merchant loan story");
        this.say = say;
    }

    public Outcome tell() {
        String merchant = "shop-" + UUID.randomUUID().toString().substring(0, 8);
        String borrower = "mch-" + merchant;
        LocalDate today = businessDate(ops);
        say.accept("1. operations enrol merchant " + merchant
                + " and give it an API key (merchant:sales, merchant:loans)");
        expect(201, ops.post("/api/v1/admin/merchants", """
                {"merchantId":"%s","name":"Demo Store","discountRate":0.006,
                 "settlementAccount":"ICBC 6222 0200 1234 5678"}""".formatted(merchant)));
        expect(201, ops.post("/api/v1/admin/partners", """
                {"name":"Demo Store","merchantId":"%s"}""".formatted(merchant)));
        Reply key = expect(201, ops.post("/api/v1/admin/partners/" + merchant + "/keys", """
                {"scopes":["merchant:sales","merchant:loans"],"requestsPerMinute":600}"""));
        GatewayClient store = GatewayClient.withApiKey(gatewayUrl, key.text("apiKey"));

        say.accept("2. the merchant sends its profile and 90 days of sales up to " + today);
        expect(200, store.put("/api/v1/merchants/" + merchant + "/profile", """
                {"name":"Demo Store","onboardedOn":"%s","category":"electronics"}""".formatted(today.minusMonths(24))));
        report(store, merchant, history(today));
        // risk-scoring hears of each business date a moment after end of day closes it: until it has
        // heard of today's, the 90 days do not cover its window and it refuses (422). A fresh key for
        // each attempt, since the gateway answers a key's first answer again.
        AtomicInteger attempt = new AtomicInteger();
        Reply decision = store.await(
                "the line application",
                () -> store.post(
                        "/api/v1/merchants/" + merchant + "/credit-applications",
                        "{}",
                        "apply-" + merchant + "-" + attempt.incrementAndGet()),
                r -> r.status() == 201,
                EVENTUALLY);
        say.accept("   decision: grade " + decision.text("grade") + ", line " + decision.amount("limit") + " CNY from "
                + decision.amount("netSales") + " CNY of net sales");
        Reply line = store.await("/api/v1/merchants/" + merchant + "/line", r -> r.status() == 200, EVENTUALLY);
        JsonNode merchantLine = line.body().path("line");
        say.accept("   credit-limit-service opened the "
                + merchantLine.path("kind").asString() + " line: available "
                + merchantLine.path("available").path("amount").asString() + " CNY");

        Reply quote = expect(200, store.post("/api/v1/merchants/" + merchant + "/loan-quotes", """
                {"amount":{"amount":"%s","currency":"CNY"},"salesSweepShare":0.10}""".formatted(DRAW)));
        JsonNode offer = StoryCalls.offer(quote, "EQUAL_PRINCIPAL", 6);
        say.accept("3. quote " + DRAW + " CNY over 6 months, equal principal: APR "
                + offer.path("annualPercentageRate").path("nominal").asString() + " (daily rate "
                + offer.path("dailyRate").asString() + "); first minimum payment "
                + offer.path("firstInstallment").path("amount").asString());
        Reply requested = expect(
                201, store.post("/api/v1/merchants/" + merchant + "/draws", """
                {"amount":{"amount":"%s","currency":"CNY"},"installmentCount":6,"method":"EQUAL_PRINCIPAL",
                 "salesSweepShare":0.10}""".formatted(DRAW), "draw-" + merchant));
        Reply paid = store.await(
                "/api/v1/merchants/" + merchant + "/draws/" + requested.text("drawId"),
                r -> r.text("status").equals("PAID"),
                EVENTUALLY);
        String planId = paid.text("planId");
        Reply loan =
                store.await("/api/v1/merchants/" + merchant + "/loans/" + planId, r -> r.status() == 200, EVENTUALLY);
        JsonNode plan = loan.body().path("plan");
        JsonNode first = plan.path("installments").get(0);
        String minimum =
                money(first.path("principal")).add(money(first.path("fee"))).toPlainString();
        LocalDate firstDue = LocalDate.parse(first.path("dueDate").asString());
        say.accept("4. paid out to the settlement account: loan " + planId.substring(0, 8) + " ("
                + plan.path("product").asString() + ", "
                + plan.path("salesSweepShare").asString()
                + " of daily sales), first due " + firstDue + ", minimum " + minimum + " CNY");

        LocalDate payout = LocalDate.parse(plan.path("captureDate").asString());
        endOfDay(ops, firstDue.minusDays(1));
        List<String> slowMonth = slowMonth(payout, firstDue);
        int days = slowMonth.size();
        report(store, merchant, slowMonth);
        Reply swept = store.await(
                "/api/v1/merchants/" + merchant + "/loans/" + planId,
                r -> paidSoFar(r.body().path("plan"))
                                .compareTo(new BigDecimal("500.00").multiply(BigDecimal.valueOf(days)))
                        == 0,
                EVENTUALLY);
        String sweptBefore = paidSoFar(swept.body().path("plan")).toPlainString();
        say.accept("5. a slow month: " + days + " days of 5,000.00 CNY net sales, 10 %" + " swept each day: "
                + sweptBefore + " CNY paid before the due date, short of the minimum");

        LocalDate late = firstDue.plusDays(8);
        endOfDay(ops, late);
        Reply overdue = expect(200, store.get("/api/v1/merchants/" + merchant + "/loans/" + planId));
        Reply cases = ops.await(
                "/api/v1/collections/cases?customerId=" + borrower,
                r -> r.body().size() > 0 && r.body().get(0).path("daysPastDue").asInt() >= 8,
                EVENTUALLY);
        JsonNode openCase = cases.body().get(0);
        say.accept("6. on " + firstDue + " the rest of the minimum fell due; " + late + ": amount due "
                + overdue.body().path("plan").path("amountDue").path("amount").asString() + " CNY, collections case "
                + openCase.path("status").asString()
                + " for " + borrower + " at " + openCase.path("daysPastDue").asInt() + " days past due");

        report(store, merchant, List.of(day(late, "60000.00", 600, "0.00")));
        Reply cured = store.await(
                "/api/v1/merchants/" + merchant + "/loans/" + planId,
                r -> r.body()
                        .path("plan")
                        .path("amountDue")
                        .path("amount")
                        .asString()
                        .equals("0.00"),
                EVENTUALLY);
        Reply closed = ops.await(
                "/api/v1/collections/cases?customerId=" + borrower,
                r -> r.body().get(0).path("status").asString().equals("CLOSED"),
                EVENTUALLY);
        say.accept(
                "7. a strong day (60,000.00 CNY) sweeps 6,000.00: the arrears and the late fee are paid, the case is "
                        + closed.body().get(0).path("status").asString());

        Reply statement = expect(
                200,
                store.get("/api/v1/merchants/" + merchant + "/statements/"
                        + late.toString().substring(0, 7)));
        say.accept("8. the merchant's statement for " + late.toString().substring(0, 7) + ": owed at the start "
                + figure(statement, "openingPrincipal") + ", drawn " + figure(statement, "drawn") + ", repaid "
                + figure(statement, "principalRepaid") + ", owed at the end " + figure(statement, "closingPrincipal")
                + "; interest paid " + figure(statement, "interestPaid") + ", late fees paid "
                + figure(statement, "lateFeesPaid"));
        int another = store.get("/api/v1/merchants/another-store/loans").status();
        int shoppers = store.get("/api/v1/plans?customerId=" + borrower).status();
        say.accept("   its key reads nothing of another merchant (" + another + ") nor the shoppers' API (" + shoppers
                + ")");
        return new Outcome(
                merchant,
                decision.text("grade"),
                decision.amount("limit"),
                merchantLine.path("kind").asString(),
                planId,
                plan.path("product").asString(),
                plan.path("salesSweepShare").asString(),
                sweptBefore,
                minimum,
                openCase.path("daysPastDue").asInt(),
                openCase.path("status").asString(),
                closed.body().get(0).path("status").asString(),
                cured.body().path("plan").path("amountDue").path("amount").asString(),
                statement.body(),
                another,
                shoppers);
    }

    /** Sends days of sales once risk-scoring has heard that the business date reached the last of them. */
    private static void report(GatewayClient store, String merchant, List<String> days) {
        store.await(
                "sales of " + days.size() + " days",
                () -> store.post("/api/v1/merchants/" + merchant + "/sales", sales(days)),
                r -> r.status() == 200,
                EVENTUALLY);
    }

    /**
     * 90 days of sales: 60 days of 10,000.00 with 500.00 of refunds, then 24 days of 12,000.00 and no
     * refunds, then six quiet days (grade B on the merchant scorecard; 25 % of 858,000.00 net).
     */
    private static List<String> history(LocalDate today) {
        List<String> days = new ArrayList<>();
        for (int back = 89; back >= 30; back--) {
            days.add(day(today.minusDays(back), "10000.00", 100, "500.00"));
        }
        for (int back = 29; back >= 6; back--) {
            days.add(day(today.minusDays(back), "12000.00", 120, "0.00"));
        }
        return days;
    }

    /** Every day after the payout up to the day before the first due date: 5,000.00 of net sales. */
    private static List<String> slowMonth(LocalDate payout, LocalDate firstDue) {
        List<String> days = new ArrayList<>();
        for (LocalDate d = payout.plusDays(1); d.isBefore(firstDue); d = d.plusDays(1)) {
            days.add(day(d, "5000.00", 50, "0.00"));
        }
        return days;
    }

    private static String day(LocalDate date, String gross, int orders, String refunds) {
        return """
                {"date":"%s","grossSales":{"amount":"%s","currency":"CNY"},"orders":%d,
                 "refunds":{"amount":"%s","currency":"CNY"},"rating":4.8}""".formatted(date, gross, orders, refunds);
    }

    private static String sales(List<String> days) {
        return "{\"days\":[" + String.join(",", days) + "]}";
    }

    private static String figure(Reply statement, String field) {
        return statement.body().path("total").path(field).path("amount").asString();
    }

    private static BigDecimal paidSoFar(JsonNode loan) {
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode installment : loan.path("installments")) {
            paid = paid.add(money(installment.path("principalPaid"))).add(money(installment.path("feePaid")));
        }
        return paid;
    }

    private static BigDecimal money(JsonNode amount) {
        return new BigDecimal(amount.path("amount").asString("0"));
    }
}
