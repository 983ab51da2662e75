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
 * and the platform, its repayment shared to the fen, a credit balance paid out, a charge-off at 180
 * days past due followed by every service, a recovery, the reserve drawing the platform's loss, and
 * the trial balance holding throughout.
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
        Reply registered = admin.post("/api/v1/admin/funders", """
                {"funderId":"%s","name":"Books Test Bank","kind":"BANK","priority":0,
                 "terms":{"grades":["A"],"minimumInstallments":3,"maximumInstallments":12,
                          "minimumShare":0.10,"maximumShare":0.70,
                          "exposureCap":{"amount":"100000.00","currency":"CNY"},
                          "dailyQuota":{"amount":"100000.00","currency":"CNY"},"yieldRate":0.05},
                 "settlementAccount":"6222 0000 0000 7001"}""".formatted(bank));
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
