package com.creditline.risk.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.money.Money;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.PlanCreated;
import com.creditline.events.checkout.PlanRefunded;
import com.creditline.events.credit.CreditAccountOpened;
import com.creditline.events.credit.CreditTopics;
import com.creditline.events.repayment.DelinquencyChanged;
import com.creditline.events.repayment.PaymentReceived;
import com.creditline.events.repayment.PrincipalReduced;
import com.creditline.events.repayment.RepaymentTopics;
import com.creditline.risk.PlatformEvents;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** A customer's behaviour kept from the platform's events, through the real broker and inbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class CustomerBehaviourIT {

    @LocalServerPort
    int port;

    @Autowired
    PlatformEvents events;

    @Autowired
    BusinessClock clock;

    @Test
    void shouldKeepACustomersBehaviourFromTheirEvents() {
        String customer = "beh-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = clock.businessDate();
        UUID plan = UUID.randomUUID();
        events.publish(CreditTopics.ACCOUNTS, new CreditAccountOpened(customer, Money.yuan(10_000), "B", "TIER_B"));
        events.publish(
                CheckoutTopics.ORDERS,
                new PlanCreated(
                        plan,
                        "o-1",
                        customer,
                        Money.yuan(4_000),
                        "EQUAL_INSTALLMENT",
                        3,
                        false,
                        new BigDecimal("0.12"),
                        today,
                        List.of(),
                        "A",
                        null,
                        Money.ZERO,
                        Money.ZERO,
                        null,
                        null));
        events.publish(
                CheckoutTopics.ORDERS,
                new PlanRefunded(plan, UUID.randomUUID(), "o-1", customer, Money.yuan(1_000), today));
        events.publish(
                RepaymentTopics.LEDGER, new PrincipalReduced(customer, plan, Money.yuan(1_000), "REFUND", "SHOPPING"));
        events.publish(
                RepaymentTopics.LEDGER,
                new PaymentReceived(customer, UUID.randomUUID(), "pay-1", Money.yuan(500), Money.ZERO));
        events.publish(RepaymentTopics.LEDGER, new DelinquencyChanged(customer, 35, Money.yuan(900), today, today));

        RestClient staff = TestHttp.as(port, TestCallers.staff("vera", "VIEWER"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode b = behaviour(staff, customer).getBody();
            assertThat(b.path("plans").asInt()).isEqualTo(1);
            assertThat(b.path("refunds").asInt()).isEqualTo(1);
            assertThat(b.path("payments").asInt()).isEqualTo(1);
            assertThat(b.path("daysPastDue").asInt()).isEqualTo(35);
            assertThat(b.path("outstandingPrincipal").path("amount").asString()).isEqualTo("3000.00");
            assertThat(b.path("utilisation").decimalValue()).isEqualByComparingTo("0.3");
            assertThat(b.path("worstDaysPastDue6m").asInt()).isEqualTo(35);
            assertThat(b.path("onTimeStreak").asInt()).isZero();
        });
    }

    @Test
    void shouldAnswer404ForACustomerNoEventNamedAnd403ToAShop() {
        RestClient staff = TestHttp.as(port, TestCallers.staff("vera", "VIEWER"));
        ResponseEntity<JsonNode> unknown =
                behaviour(staff, "nobody-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody().path("status").asInt()).isEqualTo(404);

        RestClient shop =
                TestHttp.as(port, com.creditline.common.security.Caller.client("shop", List.of("customers:read")));
        assertThat(behaviour(shop, "c-1").getStatusCode().value()).isEqualTo(403);
    }

    private ResponseEntity<JsonNode> behaviour(RestClient client, String customer) {
        return client.get()
                .uri("/api/v1/admin/risk/customers/{c}/behaviour", customer)
                .retrieve()
                .onStatus(s -> true, (req, res) -> {})
                .toEntity(JsonNode.class);
    }
}
