package com.creditline.creditlimit.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.money.Money;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.repayment.PrincipalReduced;
import com.creditline.events.repayment.RepaymentTopics;
import com.creditline.events.risk.CreditApplicationApproved;
import com.creditline.events.risk.MerchantLineDecided;
import com.creditline.events.risk.RiskTopics;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Merchant lines as risk-scoring decides them ({@code MerchantLineDecided} through Kafka) and as
 * checkout draws on them (CASH holds through the internal API), on real PostgreSQL and Kafka.
 */
class MerchantLineIT extends LineEventsIntegration {

    @Autowired
    BusinessClock clock;

    @Test
    void shouldOpenAMerchantLineAboveTheConsumerCeilingDrawItAsCashAndFollowALaterDecisionOnce() {
        String merchant = "m-" + UUID.randomUUID().toString().substring(0, 8);
        String borrower = MerchantLineDecided.borrowerIdOf(merchant);
        LocalDate today = clock.businessDate();

        probe.awaitProcessed(probe.send(RiskTopics.DECISIONS, decided(merchant, "250000.00", today)));

        JsonNode line = probe.line(borrower);
        assertThat(line.get("kind").asString()).isEqualTo("MERCHANT");
        assertThat(amount(line, "permanentLimit")).isEqualTo("250000.00");
        assertThat(amount(line, "available")).isEqualTo("250000.00");
        assertThat(amount(line, "cashAvailable")).isEqualTo("250000.00");
        JsonNode opened = probe.changesOf(borrower, "OPENED").getFirst();
        assertThat(opened.get("actor").asString()).isEqualTo("risk:merchant-line");
        assertThat(opened.get("reason").asString()).contains("sales-growth").contains("model merchant-line v2");

        ResponseEntity<JsonNode> drawn = placeHold(borrower, "draw-" + borrower, "220000.00", "CASH");
        ResponseEntity<JsonNode> purchase = placeHold(borrower, "order-" + borrower, "100.00", "PURCHASE");
        assertThat(drawn.getStatusCode().value()).isEqualTo(201);
        assertThat(purchase.getStatusCode().value()).isEqualTo(422);
        assertThat(purchase.getBody().get("type").asString()).endsWith("/merchant-line-purchase");
        assertThat(amount(probe.line(borrower), "available")).isEqualTo("30000.00");

        MerchantLineDecided raise = decided(merchant, "400000.00", today.plusDays(1));
        UUID raised = probe.send(RiskTopics.DECISIONS, raise);
        probe.awaitProcessed(raised);
        probe.send(RiskTopics.DECISIONS, raise, raised);
        probe.awaitProcessed(probe.send(RiskTopics.DECISIONS, decided(merchant, "300000.00", today)));
        probe.awaitProcessed(probe.send(RiskTopics.DECISIONS, declined(merchant, today.plusDays(2))));

        line = probe.line(borrower);
        assertThat(amount(line, "permanentLimit")).isEqualTo("400000.00");
        assertThat(amount(line, "available")).isEqualTo("180000.00");
        List<JsonNode> changes = probe.changesOf(borrower, "LIMIT_CHANGED");
        assertThat(changes).hasSize(1);
        assertThat(changes.getFirst().get("actor").asString()).isEqualTo("risk:merchant-line");
        assertThat(amount(changes.getFirst(), "newLimit")).isEqualTo("400000.00");
        assertThat(probe.deadLetters(borrower)).isZero();
    }

    @Test
    void shouldGiveAMerchantLoansPrincipalBackToTheLineAndItsCashPart() {
        String merchant = "m-" + UUID.randomUUID().toString().substring(0, 8);
        String borrower = MerchantLineDecided.borrowerIdOf(merchant);
        probe.awaitProcessed(probe.send(RiskTopics.DECISIONS, decided(merchant, "50000.00", clock.businessDate())));
        String draw = "draw-" + borrower;
        placeHold(borrower, draw, "20000.00", "CASH");
        TestHttp.to(port)
                .post()
                .uri("/internal/v1/credit-accounts/{c}/holds/{o}/captures", borrower, draw)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("captureId", "cap-" + borrower, "amount", Money.of("20000.00")))
                .retrieve()
                .toEntity(JsonNode.class);

        probe.awaitProcessed(probe.send(
                RepaymentTopics.LEDGER,
                new PrincipalReduced(borrower, UUID.randomUUID(), Money.of("5000.00"), "REPAYMENT", "MERCHANT")));

        JsonNode line = probe.line(borrower);
        assertThat(amount(line, "outstanding")).isEqualTo("15000.00");
        assertThat(amount(line, "cashOutstanding")).isEqualTo("15000.00");
        assertThat(amount(line, "available")).isEqualTo("35000.00");
        assertThat(probe.deadLetters(borrower)).isZero();
    }

    @Test
    void shouldOpenNoConsumerLineForAMerchantsBorrowerId() {
        String borrower = MerchantLineDecided.borrowerIdOf(
                "m-" + UUID.randomUUID().toString().substring(0, 8));

        probe.awaitProcessed(probe.send(
                RiskTopics.DECISIONS,
                new CreditApplicationApproved(UUID.randomUUID(), borrower, "A", 720, Money.of("20000.00"), "TIER_A")));

        assertThat(probe.jdbc()
                        .queryForObject(
                                "SELECT count(*) FROM credit_account WHERE customer_id = ?", Integer.class, borrower))
                .isZero();
        assertThat(probe.deadLetters(borrower)).isZero();
    }

    static MerchantLineDecided decided(String merchant, String limit, LocalDate on) {
        return new MerchantLineDecided(
                merchant,
                MerchantLineDecided.borrowerIdOf(merchant),
                UUID.randomUUID(),
                true,
                "B",
                Money.of(limit),
                "merchant-line",
                2,
                List.of("sales-growth", "low-refunds"),
                on);
    }

    private static MerchantLineDecided declined(String merchant, LocalDate on) {
        return new MerchantLineDecided(
                merchant,
                MerchantLineDecided.borrowerIdOf(merchant),
                UUID.randomUUID(),
                false,
                "E",
                Money.ZERO,
                "merchant-line",
                2,
                List.of("falling-sales"),
                on);
    }

    private ResponseEntity<JsonNode> placeHold(String customer, String orderId, String amount, String purpose) {
        return TestHttp.to(port)
                .post()
                .uri("/internal/v1/credit-accounts/{c}/holds", customer)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("orderId", orderId, "amount", Money.of(amount), "purpose", purpose))
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private static String amount(JsonNode node, String field) {
        return node.get(field).get("amount").asString();
    }
}
