package com.creditline.deploy;

import static com.creditline.deploy.StoryCalls.businessDate;
import static com.creditline.deploy.StoryCalls.endOfDay;
import static com.creditline.deploy.StoryCalls.expect;

import com.creditline.deploy.GatewayClient.Reply;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A good customer draws cash (京东金条-style), told through the gateway: a line old enough for cash,
 * a bank account registered (shown masked), a quote with the APR first, a draw held on the line and
 * paid out by the payout stand-in, the plan opened, and, ten days later, the plan paid off with
 * interest for those ten days only and the line restored. The demo prints it; {@code ProductsIT}
 * checks it.
 */
public final class CashDrawStory {

    /** What the story saw, for the test to check. */
    public record Outcome(
            String customerId,
            String planId,
            String product,
            String apr,
            String payoffAfterTenDays,
            String planStatus,
            String ledger,
            String cashOutstandingAtTheEnd,
            String availableBefore,
            String availableAtTheEnd,
            boolean replayAnsweredTheSameDraw) {}

    static final Duration EVENTUALLY = Duration.ofSeconds(90);
    static final String AMOUNT = "10000.00";

    private final GatewayClient shop;
    private final GatewayClient ops;
    private final Consumer<String> say;

    public CashDrawStory(String gatewayUrl, Consumer<String> say) {
        this.shop = GatewayClient.asShop(gatewayUrl);
        this.ops = GatewayClient.asStaff(gatewayUrl, "alice").because("cash draw story: moving the business date");
        this.say = say;
    }

    public Outcome tell() {
        String customer = "cash-" + UUID.randomUUID().toString().substring(0, 8);
        say.accept("1. " + customer + " applies and gets a line");
        expect(201, shop.post("/api/v1/applications", CustomerStory.application(customer)));
        shop.await(line(customer), r -> r.status() == 200, EVENTUALLY);
        LocalDate oldEnough = businessDate(ops).plusDays(95);
        say.accept("2. end of day runs on to " + oldEnough + " (ahead of the calendar, on purpose): cash needs a"
                + " line three months on book");
        endOfDay(ops, oldEnough);
        // The line's service hears of the new date through Kafka: a hold placed before it has would
        // be dated 95 days back and lapse at once (CI saw exactly that after FaultsIT's broker restart).
        shop.await(line(customer), r -> r.text("businessDate").equals(oldEnough.toString()), EVENTUALLY);
        // Checkout too (it dates the plan, and judges months on book, by its own business date).
        String quoteRequest = """
                {"customerId":"%s","amount":{"amount":"%s","currency":"CNY"}}""".formatted(customer, AMOUNT);
        Reply quote = shop.await(
                "a cash quote on " + oldEnough,
                () -> shop.post("/api/v1/cash-quotes", quoteRequest),
                r -> r.status() == 200 && r.text("businessDate").equals(oldEnough.toString()),
                EVENTUALLY);
        Reply eligibility = expect(200, shop.get("/api/v1/customers/" + customer + "/cash-eligibility"));
        say.accept("   eligible: " + eligibility.body().path("eligible").asBoolean() + ", cash available "
                + eligibility.amount("cashAvailable") + " CNY");

        Reply account = expect(201, shop.post("/api/v1/customers/" + customer + "/bank-accounts", """
                {"bankName":"ICBC","accountNumber":"6222020000000001","holderName":"Demo Customer"}"""));
        say.accept("3. a bank account for the payout, answered masked: " + account.text("maskedNumber"));

        String apr = StoryCalls.offer(quote, "EQUAL_PRINCIPAL", 3)
                .path("annualPercentageRate")
                .path("nominal")
                .asString();
        say.accept("4. quote " + AMOUNT + " CNY over 3 months, equal principal: APR " + apr + " (daily rate "
                + StoryCalls.offer(quote, "EQUAL_PRINCIPAL", 3)
                        .path("dailyRate")
                        .asString() + ")");

        String availableBefore = shop.get(line(customer)).amount("available");
        String draw = """
                {"customerId":"%s","amount":{"amount":"%s","currency":"CNY"},"installmentCount":3,
                 "method":"EQUAL_PRINCIPAL","bankAccountId":"%s"}""".formatted(customer, AMOUNT, account.text("bankAccountId"));
        Reply requested = expect(201, shop.post("/api/v1/cash-draws", draw, "draw-" + customer));
        Reply replay = shop.post("/api/v1/cash-draws", draw, "draw-" + customer);
        say.accept("5. draw " + AMOUNT + " CNY: " + requested.text("status") + "; the line holds it (available "
                + shop.get(line(customer)).amount("available") + "); the same Idempotency-Key again answers draw "
                + replay.text("drawId").substring(0, 8));
        Reply paid = shop.await(
                "/api/v1/cash-draws/" + requested.text("drawId"),
                r -> r.text("status").equals("PAID"),
                EVENTUALLY);
        String planId = paid.text("planId");
        Reply plan = shop.await("/api/v1/plans/" + planId, r -> r.status() == 200, EVENTUALLY);
        say.accept("   the payout stand-in confirms: PAID, plan " + planId.substring(0, 8) + " (product "
                + plan.text("product") + ") opened on " + plan.text("captureDate"));

        LocalDate tenDaysOn = LocalDate.parse(plan.text("captureDate")).plusDays(10);
        endOfDay(ops, tenDaysOn);
        String payoff = expect(200, shop.get("/api/v1/plans/" + planId)).amount("payoffAmount");
        say.accept("6. ten days later, on " + tenDaysOn + ", paying off costs " + payoff + " CNY: interest for the"
                + " ten days used only");
        expect(201, shop.post("/api/v1/repayments", """
                {"planId":"%s","paymentReference":"payoff-%s","amount":{"amount":"%s","currency":"CNY"}}""".formatted(planId, customer, payoff)));
        Reply settled = expect(200, shop.get("/api/v1/plans/" + planId));
        Reply restored =
                shop.await(line(customer), r -> r.amount("cashOutstanding").equals("0.00"), EVENTUALLY);
        say.accept("   plan " + settled.text("status") + "; the line: available " + restored.amount("available")
                + " CNY, cash outstanding " + restored.amount("cashOutstanding"));
        return new Outcome(
                customer,
                planId,
                plan.text("product"),
                apr,
                payoff,
                settled.text("status"),
                expect(200, shop.get("/api/v1/plans/" + planId + "/ledger"))
                        .body()
                        .toString(),
                restored.amount("cashOutstanding"),
                availableBefore,
                restored.amount("available"),
                replay.text("drawId").equals(requested.text("drawId")));
    }

    private static String line(String customer) {
        return "/api/v1/credit-accounts/" + customer;
    }
}
