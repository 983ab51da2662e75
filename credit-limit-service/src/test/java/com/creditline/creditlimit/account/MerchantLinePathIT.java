package com.creditline.creditlimit.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.creditline.creditlimit.account.model.MerchantLineDecision;
import com.creditline.creditlimit.account.model.OpeningCreditLine;
import com.creditline.events.risk.MerchantLineDecided;
import com.creditline.events.risk.RiskTopics;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * What a merchant's own key reads of its line under {@code /api/v1/merchants/{merchantId}/line}, through
 * the real security filters, on real PostgreSQL and Kafka: the line a {@code MerchantLineDecided} opened,
 * never another merchant's nor a consumer's.
 */
class MerchantLinePathIT extends LineEventsIntegration {

    @Autowired
    BusinessClock clock;

    @Test
    void shouldShowAMerchantTheLineRisksDecisionOpenedWithTheDecisionInItsHistory() {
        String merchant = newMerchant();
        probe.awaitProcessed(probe.send(RiskTopics.DECISIONS, decided(merchant, "120000.00")));

        ResponseEntity<JsonNode> read = line(asMerchant(merchant), merchant);

        assertThat(read.getStatusCode().value()).isEqualTo(200);
        JsonNode body = read.getBody();
        assertThat(body.get("merchantId").asString()).isEqualTo(merchant);
        JsonNode line = body.get("line");
        assertThat(line.get("customerId").asString()).isEqualTo(MerchantLineDecided.borrowerIdOf(merchant));
        assertThat(line.get("kind").asString()).isEqualTo("MERCHANT");
        assertThat(line.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(line.get("grade").asString()).isEqualTo("B");
        assertThat(amount(line, "permanentLimit")).isEqualTo("120000.00");
        assertThat(amount(line, "available")).isEqualTo("120000.00");
        assertThat(amount(line, "outstanding")).isEqualTo("0.00");
        assertThat(amount(line, "held")).isEqualTo("0.00");
        assertThat(line.get("openedAt").isNull()).isFalse();
        JsonNode opened = body.get("history").get(0);
        assertThat(opened.get("kind").asString()).isEqualTo("OPENED");
        assertThat(opened.get("actor").asString()).isEqualTo(MerchantLineDecision.ACTOR);
        assertThat(opened.get("reason").asString()).contains("sales-growth").contains("model merchant-line v2");
        assertThat(amount(opened, "newLimit")).isEqualTo("120000.00");

        ResponseEntity<JsonNode> byStaff = line(TestHttp.as(port, TestCallers.staff("vera", "VIEWER")), merchant);
        assertThat(byStaff.getStatusCode().value()).isEqualTo(200);
        assertThat(byStaff.getBody().get("line").get("kind").asString()).isEqualTo("MERCHANT");
    }

    @Test
    void shouldRefuseAMerchantsKeyForAnotherMerchantAndTheShop() {
        String merchant = newMerchant();
        probe.awaitProcessed(probe.send(RiskTopics.DECISIONS, decided(merchant, "50000.00")));

        ResponseEntity<JsonNode> byOther = line(asMerchant(newMerchant()), merchant);
        ResponseEntity<JsonNode> byShop =
                line(TestHttp.as(port, Caller.client("shop", List.of("merchant:loans", "customers:read"))), merchant);
        ResponseEntity<JsonNode> salesOnly =
                line(TestHttp.as(port, Caller.partner(merchant, "k1", List.of("merchant:sales"))), merchant);

        assertThat(byOther.getStatusCode().value()).isEqualTo(403);
        assertThat(byOther.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(byShop.getStatusCode().value()).isEqualTo(403);
        assertThat(salesOnly.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void shouldFindNoLineForAMerchantWithoutOneNorAConsumerLineUnderAMerchantsId() {
        String withoutLine = newMerchant();
        String consumerUnderMerchantId = newMerchant();
        lines.open(new OpeningCreditLine(
                CustomerId.of(MerchantLineDecided.borrowerIdOf(consumerUnderMerchantId)),
                Money.of("5000.00"),
                "B",
                "TIER_B",
                "test",
                "a consumer line that happens to carry a merchant's borrower id"));

        ResponseEntity<JsonNode> none = line(asMerchant(withoutLine), withoutLine);
        ResponseEntity<JsonNode> consumer = line(asMerchant(consumerUnderMerchantId), consumerUnderMerchantId);
        ResponseEntity<JsonNode> badId = line(TestHttp.as(port, TestCallers.staff("vera", "VIEWER")), "Not_A_Merchant");

        assertThat(none.getStatusCode().value()).isEqualTo(404);
        assertThat(none.getBody().get("type").asString()).endsWith("/merchant-line-not-found");
        assertThat(consumer.getStatusCode().value()).isEqualTo(404);
        assertThat(consumer.getBody().toString()).doesNotContain("5000.00");
        assertThat(badId.getStatusCode().value()).isEqualTo(400);
    }

    private ResponseEntity<JsonNode> line(RestClient http, String merchant) {
        return http.get().uri("/api/v1/merchants/{m}/line", merchant).retrieve().toEntity(JsonNode.class);
    }

    private RestClient asMerchant(String merchant) {
        return TestHttp.as(port, Caller.partner(merchant, "k1", List.of("merchant:loans")));
    }

    private MerchantLineDecided decided(String merchant, String limit) {
        return MerchantLineIT.decided(merchant, limit, clock.businessDate());
    }

    private static String newMerchant() {
        return "m-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String amount(JsonNode node, String field) {
        return node.get(field).get("amount").asString();
    }
}
