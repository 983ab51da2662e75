package com.creditline.checkout.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.order.model.OrderFixtures;
import com.creditline.checkout.order.model.OrderRequest;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorisationMetersTest {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final AuthorisationMeters meters = new AuthorisationMeters(registry);

    @Test
    void shouldShowEveryOutcomeAndReasonAtZeroBeforeAnyAuthorisation() {
        assertThat(count(AuthorisationMeters.AUTHORISATIONS, "outcome", "declined"))
                .isZero();
        assertThat(count(AuthorisationMeters.DECLINES, "reason", "CREDIT_LIMIT_EXCEEDED"))
                .isZero();
        assertThat(count(AuthorisationMeters.DECLINES, "reason", "BLOCKED_DEVICE"))
                .isZero();
    }

    @Test
    void shouldCountAnApprovalByItsOutcomeAndNotAsADecline() {
        meters.decided(OrderFixtures.authorised("o-1", null, Money.of("100.00"), List.of(), Instant.EPOCH));

        assertThat(count(AuthorisationMeters.AUTHORISATIONS, "outcome", "authorised"))
                .isEqualTo(1);
        assertThat(registry.get(AuthorisationMeters.DECLINES).counters())
                .allSatisfy(c -> assertThat(c.count()).isZero());
    }

    @Test
    void shouldCountADeclineOnceAndEachOfItsReasons() {
        FinancedOrder order = FinancedOrder.authorising(
                new OrderRequest(OrderId.of("o-2"), CustomerId.of("c-1"), null, Money.of("100.00")),
                "dev-1",
                null,
                Instant.EPOCH);
        order.settle(
                FinancedOrder.Status.DECLINED, FinancedOrder.Decision.DECLINE, List.of("VELOCITY", "DEVICE_VELOCITY"));

        meters.decided(order);

        assertThat(count(AuthorisationMeters.AUTHORISATIONS, "outcome", "declined"))
                .isEqualTo(1);
        assertThat(count(AuthorisationMeters.DECLINES, "reason", "VELOCITY")).isEqualTo(1);
        assertThat(count(AuthorisationMeters.DECLINES, "reason", "DEVICE_VELOCITY"))
                .isEqualTo(1);
    }

    private double count(String name, String tag, String value) {
        return registry.get(name).tag(tag, value).counter().count();
    }
}
