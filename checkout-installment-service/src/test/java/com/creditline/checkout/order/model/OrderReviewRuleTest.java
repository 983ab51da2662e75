package com.creditline.checkout.order.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An officer's decision on an order held for review: only then, and kept with who, why and when. */
class OrderReviewRuleTest {

    static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void shouldAuthoriseAnApprovedOrderAndKeepTheDecision() {
        FinancedOrder order = inReview();

        order.decideReview(new ReviewDecision(true, "staff:olga", "confirmed by phone", AT));

        assertThat(order.status()).isEqualTo(FinancedOrder.Status.AUTHORISED);
        assertThat(order.review()).isEqualTo(new ReviewDecision(true, "staff:olga", "confirmed by phone", AT));
    }

    @Test
    void shouldLeaveARefusedOrderToBeVoided() {
        FinancedOrder order = inReview();

        order.decideReview(new ReviewDecision(false, "staff:olga", "fraud ring", AT));
        order.voidRemaining();

        assertThat(order.status()).isEqualTo(FinancedOrder.Status.VOIDED);
        assertThat(order.review().approve()).isFalse();
    }

    @Test
    void shouldRefuseToDecideAnOrderNotWaitingForReview() {
        FinancedOrder order = OrderFixtures.authorised("o-1", null, Money.of("100.00"), List.of(), AT);

        assertThatThrownBy(() -> order.decideReview(new ReviewDecision(true, "staff:olga", "ok", AT)))
                .isInstanceOf(OrderNotInReview.class);
        assertThat(order.review()).isNull();
    }

    private static FinancedOrder inReview() {
        FinancedOrder order = FinancedOrder.authorising(
                new OrderRequest(OrderId.of("o-1"), CustomerId.of("c-1"), null, Money.of("100.00")), "dev-1", null, AT);
        order.settle(FinancedOrder.Status.IN_REVIEW, FinancedOrder.Decision.REVIEW, List.of("SHARED_DEVICE"));
        return order;
    }
}
