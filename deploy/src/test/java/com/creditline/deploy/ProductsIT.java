package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.deploy.GatewayClient.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The products beside shopping, through the gateway on the real platform: a cash draw paid out and
 * repaid early with interest for the days used, a draw whose payout fails leaving the line as it
 * was, a borrower at the 200,000 ceiling refused both a draw and a purchase, and a merchant lent
 * against 90 days of sales and repaid from its daily sales, a short period falling overdue by the rule.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductsIT {

    static final Duration EVENTUALLY = PlatformSteps.EVENTUALLY;

    private static GatewayClient shop;
    private static GatewayClient admin;
    private static PlatformSteps steps;
    private static String borrowerAtCeiling;

    /**
     * The borrower the ceiling test pushes to 200,000, opened first: the cash story, which runs
     * first, moves the business date three months on, so its line is then old enough for cash too
     * (one move of the date for both, not two).
     */
    @BeforeAll
    static void openTheCeilingBorrowersLine() {
        String gatewayUrl = gatewayUrl();
        shop = GatewayClient.asShop(gatewayUrl);
        admin = GatewayClient.asStaff(gatewayUrl, "alice").because("products test");
        steps = new PlatformSteps(shop, admin);
        borrowerAtCeiling = "ceiling-" + UUID.randomUUID().toString().substring(0, 8);
        steps.open(borrowerAtCeiling, CustomerStory.application(borrowerAtCeiling), "A");
    }

    @Test
    @Order(1)
    void shouldPayOutACashDrawAndChargeInterestOnlyForTheDaysUsedWhenRepaidEarly() {
        CashDrawStory.Outcome story =
                new CashDrawStory(gatewayUrl(), line -> System.out.println("[cash story] " + line)).tell();

        assertThat(story.replayAnsweredTheSameDraw()).isTrue();
        assertThat(story.product()).isEqualTo("CASH");
        assertThat(story.apr())
                .as("0.02 %% a day: 7.3 %% a year and a little more or less by the months' lengths")
                .matches("7\\.[2-4]\\d%");
        assertThat(story.payoffAfterTenDays())
                .as("10,000.00 and 10 days at 0.02 %% a day (grade A)")
                .isEqualTo("10020.00");
        assertThat(story.planStatus()).isEqualTo("PAID_OFF");
        assertThat(story.ledger())
                .as("the interest of the days not used is waived")
                .contains("FEE_WAIVED");
        assertThat(story.cashOutstandingAtTheEnd()).isEqualTo("0.00");
        assertThat(story.availableAtTheEnd()).isEqualTo(story.availableBefore());
        admin.await("/api/v1/admin/journal/trial-balance", CustomerStory::booksHold, EVENTUALLY);

        leavesTheLineAsItWasWhenThePayoutFails(story.customerId(), story.availableBefore());
    }

    private static void leavesTheLineAsItWasWhenThePayoutFails(String drawer, String limit) {
        String account = shop.get("/api/v1/customers/" + drawer + "/bank-accounts")
                .body()
                .get(0)
                .path("bankAccountId")
                .asString();
        String cashAvailable = line(drawer).amount("cashAvailable");
        Reply requested = shop.post("/api/v1/cash-draws", draw(drawer, "5000.00", account), "draw-2-" + drawer);
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
        assertThat(line(drawer).amount("available"))
                .as("the line holds the draw while it is paid out")
                .isNotEqualTo(limit);
        Reply failed = admin.post(
                "/api/v1/admin/cash-draws/" + requested.text("drawId") + "/payout-outcome",
                "{\"paid\":false,\"reason\":\"the account is closed\"}");
        assertThat(failed.status()).as(failed.body().toString()).isEqualTo(200);
        assertThat(failed.text("status")).isEqualTo("FAILED");
        Reply after = line(drawer);
        assertThat(after.amount("available")).isEqualTo(limit);
        assertThat(after.amount("cashAvailable")).isEqualTo(cashAvailable);
        assertThat(after.amount("cashOutstanding")).isEqualTo("0.00");
    }

    @Test
    @Order(2)
    void shouldRefuseBothADrawAndAPurchaseOfABorrowerAtTheCeiling() {
        LocalDate today = LocalDate.parse(steps.businessDate());
        GatewayClient officer = GatewayClient.asStaff(gatewayUrl(), "olga").because("products test: ceiling");
        assertThat(officer.put(
                                "/api/v1/admin/credit-accounts/" + borrowerAtCeiling + "/limit",
                                "{\"limit\":{\"amount\":\"200000.00\",\"currency\":\"CNY\"},\"reason\":\"ceiling test\"}")
                        .status())
                .isEqualTo(200);
        Reply raised =
                officer.post("/api/v1/admin/credit-accounts/" + borrowerAtCeiling + "/temporary-raises", """
                {"amount":{"amount":"50000.00","currency":"CNY"},"startsOn":"%s","endsOn":"%s",
                 "reason":"a line above the ceiling"}""".formatted(
                                today, today.plusDays(60)));
        assertThat(raised.status()).as(raised.body().toString()).isEqualTo(200);
        assertThat(raised.amount("effectiveLimit"))
                .as("granted 250,000.00, shown at most the ceiling")
                .isEqualTo("200000.00");

        Reply purchase = shop.post(
                "/api/v1/orders/order-" + borrowerAtCeiling + "-1/authorisation", """
                {"customerId":"%s","amount":{"amount":"150000.00","currency":"CNY"}}""".formatted(borrowerAtCeiling));
        assertThat(purchase.status()).as(purchase.body().toString()).isEqualTo(201);
        assertThat(purchase.text("decision")).isEqualTo("APPROVE");
        assertThat(line(borrowerAtCeiling).amount("cashAvailable"))
                .as("the ceiling leaves 50,000.00 beside the purchase")
                .isEqualTo("50000.00");
        String account = bankAccount(borrowerAtCeiling);
        Reply drawn = shop.post(
                "/api/v1/cash-draws", draw(borrowerAtCeiling, "50000.00", account), "draw-" + borrowerAtCeiling);
        assertThat(drawn.status()).as(drawn.body().toString()).isEqualTo(201);
        Reply paid = admin.post(
                "/api/v1/admin/cash-draws/" + drawn.text("drawId") + "/payout-outcome",
                "{\"paid\":true,\"reason\":\"confirmed by the bank\"}");
        assertThat(paid.text("status")).isIn("PAID", "REQUESTED");
        shop.await(
                PlatformSteps.linePath(borrowerAtCeiling),
                r -> r.amount("cashOutstanding").equals("50000.00"),
                EVENTUALLY);

        Reply another = shop.post(
                "/api/v1/cash-draws", draw(borrowerAtCeiling, "1000.00", account), "draw-more-" + borrowerAtCeiling);
        assertThat(another.status()).as(another.body().toString()).isEqualTo(422);
        System.out.println("[products] a draw at the ceiling: " + another.body());
        Reply more = shop.post(
                "/api/v1/orders/order-" + borrowerAtCeiling + "-2/authorisation", """
                {"customerId":"%s","amount":{"amount":"1000.00","currency":"CNY"}}""".formatted(borrowerAtCeiling));
        assertThat(more.status()).as(more.body().toString()).isEqualTo(201);
        assertThat(more.text("decision")).isEqualTo("DECLINE");
        assertThat(more.body().path("reasons").toString()).contains("BORROWER_CEILING_REACHED");
        Reply atCeiling = line(borrowerAtCeiling);
        assertThat(atCeiling.amount("available"))
                .as("the line as granted would lend 50,000.00 more: the ceiling leaves nothing")
                .isEqualTo("0.00");
    }

    @Test
    @Order(3)
    void shouldLendToAMerchantOnItsSalesAndRepayFromThemWithAShortPeriodOverdueByTheRule() {
        MerchantLoanStory.Outcome story =
                new MerchantLoanStory(gatewayUrl(), line -> System.out.println("[merchant story] " + line)).tell();

        assertThat(story.grade()).isEqualTo("B");
        assertThat(story.limit())
                .as("25 %% of 858,000.00 of net sales, above the consumer ceiling")
                .isEqualTo("214500.00");
        assertThat(story.lineKind()).isEqualTo("MERCHANT");
        assertThat(story.product()).isEqualTo("MERCHANT");
        assertThat(new BigDecimal(story.salesSweepShare())).isEqualByComparingTo("0.10");
        assertThat(new BigDecimal(story.sweptBeforeTheDueDate()))
                .as("10 %% of 5,000.00 a day, short of the first minimum payment")
                .isPositive()
                .isLessThan(new BigDecimal(story.firstMinimumPayment()));
        assertThat(story.daysPastDue()).isGreaterThanOrEqualTo(8);
        assertThat(story.caseStatus()).isNotEqualTo("CLOSED");
        assertThat(story.caseStatusAfterTheStrongDay()).isEqualTo("CLOSED");
        assertThat(story.amountDueAtTheEnd()).isEqualTo("0.00");
        JsonNode total = story.statement().path("total");
        assertThat(money(total, "openingPrincipal")
                        .add(money(total, "drawn"))
                        .subtract(money(total, "principalRepaid"))
                        .subtract(money(total, "principalWrittenOff")))
                .as("the statement balances")
                .isEqualByComparingTo(money(total, "closingPrincipal"));
        assertThat(story.keyForAnotherMerchant()).isEqualTo(403);
        assertThat(story.keyOnAShoppersPlan()).isEqualTo(403);
        admin.await("/api/v1/admin/journal/trial-balance", CustomerStory::booksHold, EVENTUALLY);
    }

    private static BigDecimal money(JsonNode figures, String field) {
        return new BigDecimal(figures.path(field).path("amount").asString());
    }

    private static Reply line(String customer) {
        Reply line = shop.get(PlatformSteps.linePath(customer));
        assertThat(line.status()).as(line.body().toString()).isEqualTo(200);
        return line;
    }

    private static String bankAccount(String customer) {
        Reply account = shop.post("/api/v1/customers/" + customer + "/bank-accounts", """
                {"bankName":"ICBC","accountNumber":"6222020000000001","holderName":"Test Holder"}""");
        assertThat(account.status()).as(account.body().toString()).isEqualTo(201);
        return account.text("bankAccountId");
    }

    private static String draw(String customer, String amount, String bankAccount) {
        return """
                {"customerId":"%s","amount":{"amount":"%s","currency":"CNY"},"installmentCount":3,
                 "method":"EQUAL_PRINCIPAL","bankAccountId":"%s"}""".formatted(customer, amount, bankAccount);
    }

    static String gatewayUrl() {
        try {
            return TestPlatform.get().gatewayUrl();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
