package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.deploy.GatewayClient.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The lender's books on the real platform, through the gateway: a joint loan funded 70/30 by a bank
 * and the platform, its repayment shared to the fen (principal by holding, fees by the bank's yield),
 * the bank reading its statement and loan tape with its own key, a credit balance paid out, a
 * charge-off at 180 days past due followed by every service, a recovery, the reserve drawing the
 * platform's loss; a 0% plan billed to the merchant whose agreement made it; and the trial balance
 * holding throughout.
 */
class BooksIT {

    static final Duration EVENTUALLY = PlatformSteps.EVENTUALLY;

    @Test
    void shouldKeepTheBooksOfAJointLoanFromItsOpeningToItsChargeOffAndRecovery() {
        String gatewayUrl = gatewayUrl();
        GatewayClient shop = GatewayClient.asShop(gatewayUrl);
        GatewayClient admin = GatewayClient.asStaff(gatewayUrl, "alice").because("books test");
        String customer = "books-" + UUID.randomUUID().toString().substring(0, 8);
        String bank = "books-bank-" + customer.substring(6);
        Reply partner = admin.post("/api/v1/admin/partners", "{\"name\":\"Books Test Bank's reports\"}");
        assertThat(partner.status()).as(partner.body().toString()).isEqualTo(201);
        Reply key = admin.post(
                "/api/v1/admin/partners/" + partner.text("partnerId") + "/keys",
                "{\"scopes\":[\"funding:read\"],\"requestsPerMinute\":600}");
        assertThat(key.status()).as(key.body().toString()).isEqualTo(201);
        GatewayClient bankReports = GatewayClient.withApiKey(gatewayUrl, key.text("apiKey"));
        Reply registered = admin.post("/api/v1/admin/funders", """
                {"funderId":"%s","name":"Books Test Bank","kind":"BANK","priority":0,"partnerId":"%s",
                 "terms":{"grades":["A"],"minimumInstallments":3,"maximumInstallments":12,
                          "minimumShare":0.10,"maximumShare":0.70,
                          "exposureCap":{"amount":"100000.00","currency":"CNY"},
                          "dailyQuota":{"amount":"100000.00","currency":"CNY"},"yieldRate":0.05},
                 "settlementAccount":"6222 0000 0000 7001"}""".formatted(bank, partner.text("partnerId")));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        PlatformSteps steps = new PlatformSteps(shop, admin);
        try {
            steps.open(customer, CustomerStory.application(customer), "A");
            JsonNode plan = steps.buyInThree(customer, "1000.00");
            assertThat(exposure(admin, bank)).isEqualByComparingTo("700.00");

            LocalDate firstDue = steps.firstDueDate(plan);
            steps.endOfDay(firstDue);
            String planId = plan.path("planId").asString();
            String due = steps.plansOf(customer)
                    .getFirst()
                    .path("amountDue")
                    .path("amount")
                    .asString();
            assertThat(pay(shop, planId, "books-1-" + customer, due).status()).isEqualTo(201);
            assertThat(exposure(admin, bank)).isEqualByComparingTo("466.67");
            sharedToTheFen(admin, "payment:books-1-" + customer, bank);
            readsItsOwnBooks(bankReports, bank, planId, LocalDate.parse(steps.businessDate()));
            admin.await("/api/v1/admin/journal/trial-balance", CustomerStory::booksHold, EVENTUALLY);

            paysOutACreditBalance(steps, shop, admin, customer);

            BigDecimal drawnBefore = amount(admin.get("/api/v1/admin/journal/reserve"), "drawn");
            LocalDate oldestUnpaid = LocalDate.parse(
                    plan.path("installments").get(1).path("dueDate").asString());
            steps.endOfDay(oldestUnpaid.plusDays(181));
            shop.await("/api/v1/plans/" + planId, r -> r.text("status").equals("CHARGED_OFF"), EVENTUALLY);
            shop.await(PlatformSteps.linePath(customer), r -> r.text("status").equals("CLOSED"), EVENTUALLY);
            shop.await(
                    "/api/v1/collections/cases?customerId=" + customer,
                    r -> r.body().toString().contains("CHARGED_OFF"),
                    EVENTUALLY);
            assertThat(exposure(admin, bank))
                    .as("the bank's share written off its books")
                    .isZero();
            assertThat(amount(admin.get("/api/v1/admin/journal/reserve"), "drawn"))
                    .as("the reserve absorbs the platform's loss")
                    .isGreaterThan(drawnBefore);

            assertThat(pay(shop, planId, "books-recovery-" + customer, "50.00").status())
                    .isEqualTo(201);
            assertThat(admin.get("/api/v1/admin/journal/entries?reference=payment:books-recovery-" + customer)
                            .body()
                            .toString())
                    .contains("RECOVERY_INCOME");
            admin.await("/api/v1/admin/journal/trial-balance", CustomerStory::booksHold, EVENTUALLY);
        } finally {
            admin.put("/api/v1/admin/funders/" + bank + "/status", "{\"status\":\"SUSPENDED\"}");
        }
    }

    @Test
    void shouldBillASubsidisedPlanToTheMerchantWhoseAgreementMadeItInterestFree() {
        String gatewayUrl = gatewayUrl();
        GatewayClient shop = GatewayClient.asShop(gatewayUrl);
        GatewayClient admin = GatewayClient.asStaff(gatewayUrl, "alice").because("books test: merchants");
        String customer = "books-m-" + UUID.randomUUID().toString().substring(0, 8);
        String merchant = "shop-" + customer.substring(8);
        PlatformSteps steps = new PlatformSteps(shop, admin);
        LocalDate today = LocalDate.parse(steps.businessDate());
        assertThat(admin.post("/api/v1/admin/merchants", """
                        {"merchantId":"%s","name":"Books Test Shop","discountRate":0.006,
                         "settlementAccount":"ICBC 6222 0200 1234 5678"}""".formatted(merchant))
                        .status())
                .isEqualTo(201);
        assertThat(admin.post("/api/v1/admin/merchants/" + merchant + "/agreements", """
                        {"installmentCounts":[3],"validFrom":"%s"}""".formatted(today))
                        .status())
                .isEqualTo(201);
        steps.open(customer, CustomerStory.application(customer), "A");
        String order = "order-" + customer;
        Reply authorised = shop.post("/api/v1/orders/" + order + "/authorisation", """
                {"customerId":"%s","amount":{"amount":"3000.00","currency":"CNY"},"merchantId":"%s"}""".formatted(customer, merchant));
        assertThat(authorised.status()).as(authorised.body().toString()).isEqualTo(201);
        Reply captured = shop.post("/api/v1/orders/" + order + "/captures", """
                {"captureId":"%s-c1","amount":{"amount":"3000.00","currency":"CNY"},
                 "method":"FLAT_MONTHLY_FEE","installmentCount":3,"merchantSubsidised":true}""".formatted(order));
        assertThat(captured.status()).as(captured.body().toString()).isEqualTo(201);

        Reply statement = admin.await(
                "/api/v1/admin/merchant-settlements/" + merchant + "?date=" + today,
                r -> r.status() == 200,
                EVENTUALLY);
        JsonNode totals = statement.body().path("totals");
        assertThat(totals.path("sales").path("amount").asString()).isEqualTo("3000.00");
        assertThat(totals.path("discount").path("amount").asString()).isEqualTo("18.00");
        assertThat(totals.path("subsidy").path("amount").asString())
                .as("the fees the customer does not pay: 3 x 0.50%% of 3,000.00")
                .isEqualTo("45.00");
        assertThat(totals.path("net").path("amount").asString()).isEqualTo("2937.00");
        assertThat(statement.amount("difference")).isEqualTo("0.00");
        for (JsonNode installment : steps.plansOf(customer).getFirst().path("installments")) {
            assertThat(installment.path("fee").path("amount").asString())
                    .as("the customer pays no fee")
                    .isEqualTo("0.00");
        }
        admin.await("/api/v1/admin/journal/trial-balance", CustomerStory::booksHold, EVENTUALLY);
    }

    /** The payment's entry: each holder's part of the principal by what it held, of the fee by its yield. */
    private static void sharedToTheFen(GatewayClient admin, String reference, String bank) {
        JsonNode lines = admin.get("/api/v1/admin/journal/entries?reference=" + reference)
                .body()
                .get(0)
                .path("lines");
        assertThat(credit(lines, bank, "PRINCIPAL_RECEIVABLE"))
                .as("70%% of 333.33")
                .isEqualTo("233.33");
        assertThat(credit(lines, "PLATFORM", "PRINCIPAL_RECEIVABLE")).isEqualTo("100.00");
        assertThat(credit(lines, bank, "FEE_INCOME"))
                .as("its 5%% yield on the principal as scheduled: 5.83 of the plan's 15.00 fees")
                .isEqualTo("1.94");
        assertThat(credit(lines, "PLATFORM", "FEE_INCOME")).isEqualTo("3.06");
    }

    private static String credit(JsonNode lines, String holder, String account) {
        for (JsonNode line : lines) {
            if (line.path("holder").asString().equals(holder)
                    && line.path("account").asString().equals(account)
                    && line.path("side").asString().equals("CREDIT")) {
                return line.path("amount").path("amount").asString();
            }
        }
        return "none";
    }

    /** The bank's own key reads its loan tape and its statement of the day, and nothing of another funder. */
    private static void readsItsOwnBooks(GatewayClient bankReports, String bank, String planId, LocalDate on) {
        Reply tape = bankReports.get("/api/v1/funders/" + bank + "/loans");
        assertThat(tape.status()).as(tape.body().toString()).isEqualTo(200);
        assertThat(tape.body().path("loans").get(0).path("planId").asString()).isEqualTo(planId);
        assertThat(tape.body()
                        .path("loans")
                        .get(0)
                        .path("outstandingPrincipalHeld")
                        .path("amount")
                        .asString())
                .isEqualTo("466.67");
        Reply statement = bankReports.get("/api/v1/funders/" + bank + "/statements/" + on);
        assertThat(statement.status()).as(statement.body().toString()).isEqualTo(200);
        assertThat(statement.body().path("tiesOut").asBoolean()).isTrue();
        assertThat(statement.body().path("closingPrincipalHeld").path("amount").asString())
                .isEqualTo("466.67");
        assertThat(bankReports.get("/api/v1/funders/another-bank/loans").status())
                .isEqualTo(404);
        assertThat(bankReports.get("/api/v1/plans/" + planId).status()).isEqualTo(403);
    }

    /** A pay-in-full plan partly paid, then refunded in full: the excess is paid back to the customer. */
    private static void paysOutACreditBalance(
            PlatformSteps steps, GatewayClient shop, GatewayClient admin, String customer) {
        String order = "order-" + customer + "-refunded";
        Reply authorised = steps.authorise(customer, order, "200.00", "phone-" + customer, 31.2304, 121.4737);
        assertThat(authorised.text("decision")).isEqualTo("APPROVE");
        assertThat(shop.post("/api/v1/orders/" + order + "/captures", """
                        {"captureId":"%s-c","amount":{"amount":"200.00","currency":"CNY"},"method":"PAY_IN_FULL",
                         "installmentCount":1}""".formatted(order))
                        .status())
                .isEqualTo(201);
        Reply plans =
                shop.await("/api/v1/plans?customerId=" + customer, r -> r.body().size() == 2, EVENTUALLY);
        String planId = null;
        for (JsonNode p : plans.body()) {
            if (p.path("installmentCount").asInt() == 1) {
                planId = p.path("planId").asString();
            }
        }
        assertThat(pay(shop, planId, "books-prepay-" + customer, "150.00").status())
                .isEqualTo(201);
        assertThat(shop.post("/api/v1/orders/" + order + "/refunds", """
                        {"refundId":"%s-r","amount":{"amount":"200.00","currency":"CNY"}}""".formatted(order))
                        .status())
                .isEqualTo(201);
        String refunded = planId;
        shop.await(
                "/api/v1/plans/" + refunded,
                r -> r.body().path("creditBalance").path("amount").asString().equals("150.00"),
                EVENTUALLY);
        Reply payout = shop.post(
                "/api/v1/plans/" + refunded + "/credit-balance/payouts",
                "{\"payoutReference\":\"books-payout-" + customer + "\"}");
        assertThat(payout.status()).as(payout.body().toString()).isEqualTo(201);
        Reply paid = admin.post(
                "/api/v1/admin/payouts/" + payout.text("payoutId") + "/outcome",
                "{\"paid\":true,\"reason\":\"confirmed by the bank\"}");
        assertThat(paid.text("status")).isEqualTo("PAID");
    }

    private static Reply pay(GatewayClient shop, String planId, String reference, String amount) {
        return shop.post("/api/v1/repayments", """
                {"planId":"%s","paymentReference":"%s","amount":{"amount":"%s","currency":"CNY"}}""".formatted(planId, reference, amount));
    }

    private static BigDecimal exposure(GatewayClient admin, String funder) {
        return amount(admin.get("/api/v1/admin/funders/" + funder), "outstandingPrincipal");
    }

    private static BigDecimal amount(Reply reply, String field) {
        return new BigDecimal(reply.amount(field));
    }

    private static String gatewayUrl() {
        try {
            return TestPlatform.get().gatewayUrl();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
