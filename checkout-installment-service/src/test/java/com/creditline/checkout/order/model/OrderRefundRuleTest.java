package com.creditline.checkout.order.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.creditline.checkout.pricing.Installment;
import com.creditline.checkout.pricing.PlanOffer;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.id.CaptureId;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a financed order refunds captured money and spreads it over its plans, latest plan first. */
class OrderRefundRuleTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void shouldTakeARefundFromTheLatestPlanFirst() {
        FinancedOrder order = authorised("3000.00");
        FinancedPlan first = capture(order, "c1", "1200.00");
        FinancedPlan second = capture(order, "c2", "800.00");

        List<FinancedOrder.PlanRefund> parts = order.refund(Money.of("1000.00"), List.of(first, second));

        assertThat(parts)
                .containsExactly(
                        new FinancedOrder.PlanRefund(second, Money.of("800.00")),
                        new FinancedOrder.PlanRefund(first, Money.of("200.00")));
        assertThat(order.refunded()).isEqualTo(Money.of("1000.00"));
        assertThat(second.refunded()).isEqualTo(Money.of("800.00"));
        assertThat(first.refunded()).isEqualTo(Money.of("200.00"));
    }

    @Test
    void shouldLeaveOutPlansWithNothingLeftToRefund() {
        FinancedOrder order = authorised("3000.00");
        FinancedPlan first = capture(order, "c1", "1200.00");
        FinancedPlan second = capture(order, "c2", "800.00");
        order.refund(Money.of("800.00"), List.of(first, second));

        List<FinancedOrder.PlanRefund> parts = order.refund(Money.of("300.00"), List.of(first, second));

        assertThat(parts).containsExactly(new FinancedOrder.PlanRefund(first, Money.of("300.00")));
        assertThat(order.refunded()).isEqualTo(Money.of("1100.00"));
    }

    @Test
    void shouldRefuseMoreThanWasCapturedAndNotYetRefundedAndChangeNothing() {
        FinancedOrder order = authorised("3000.00");
        FinancedPlan first = capture(order, "c1", "1200.00");
        order.refund(Money.of("200.00"), List.of(first));

        assertThatThrownBy(() -> order.refund(Money.of("1000.01"), List.of(first)))
                .isInstanceOf(RefundExceedsCaptured.class)
                .hasMessageContaining("1000.00");
        assertThat(order.refunded()).isEqualTo(Money.of("200.00"));
        assertThat(first.refunded()).isEqualTo(Money.of("200.00"));
    }

    @Test
    void shouldRefuseAnOrderThatWasNeverCaptured() {
        FinancedOrder order = authorised("3000.00");

        assertThatThrownBy(() -> order.refund(Money.of("0.01"), List.of())).isInstanceOf(RefundExceedsCaptured.class);
    }

    @Test
    void shouldRefuseToSpreadARefundOverAnotherOrdersPlan() {
        FinancedOrder order = authorised("3000.00");
        capture(order, "c1", "1200.00");
        FinancedOrder other = OrderFixtures.authorised("o-2", null, Money.of("500.00"), List.of(), NOW);
        FinancedPlan othersPlan = capture(other, "c9", "500.00");

        assertThatThrownBy(() -> order.refund(Money.of("100.00"), List.of(othersPlan)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(order.refunded()).isEqualTo(Money.ZERO);
        assertThat(othersPlan.refunded()).isEqualTo(Money.ZERO);
    }

    /**
     * Whatever the captures and the refunds before it, a refund is spread exactly: its parts add up
     * to it, no plan gives back more than its principal, and a plan gives something only once every
     * later plan has given back all of its principal.
     */
    @Test
    void shouldSpreadEveryRefundExactlyAndLatestPlanFirst() {
        qt().forAll(
                        lists().of(longs().between(1, 2_000_000)).ofSizeBetween(1, 6),
                        integers().between(0, 100),
                        integers().between(1, 100))
                .checkAssert((capturesInFen, earlierShare, share) -> {
                    long capturedFen =
                            capturesInFen.stream().mapToLong(Long::longValue).sum();
                    FinancedOrder order =
                            authorised(Money.ofFen(capturedFen).amount().toPlainString());
                    List<FinancedPlan> plans = new ArrayList<>();
                    for (int i = 0; i < capturesInFen.size(); i++) {
                        plans.add(capture(order, "c" + i, Money.ofFen(capturesInFen.get(i))));
                    }
                    long earlierFen = capturedFen * earlierShare / 100;
                    order.refund(Money.ofFen(earlierFen), plans);
                    long refundFen = Math.max(1, (capturedFen - earlierFen) * share / 100);
                    if (earlierFen + refundFen > capturedFen) {
                        return;
                    }

                    List<FinancedOrder.PlanRefund> parts = order.refund(Money.ofFen(refundFen), plans);

                    assertThat(Money.sum(parts.stream()
                                    .map(FinancedOrder.PlanRefund::amount)
                                    .toList()))
                            .isEqualTo(Money.ofFen(refundFen));
                    assertThat(order.refunded()).isEqualTo(Money.ofFen(earlierFen + refundFen));
                    for (int i = 0; i < plans.size(); i++) {
                        FinancedPlan plan = plans.get(i);
                        assertThat(plan.refunded().isGreaterThan(plan.principal()))
                                .isFalse();
                        if (plan.refunded().isPositive()) {
                            for (FinancedPlan later : plans.subList(i + 1, plans.size())) {
                                assertThat(later.refunded()).isEqualTo(later.principal());
                            }
                        }
                    }
                });
    }

    private static FinancedOrder authorised(String amount) {
        return OrderFixtures.authorised("o-1", null, Money.of(amount), List.of(), NOW);
    }

    private static FinancedPlan capture(FinancedOrder order, String captureId, String amount) {
        return capture(order, captureId, Money.of(amount));
    }

    /** A capture as the order records it, into a pay-in-full plan (the refund rule ignores the terms). */
    private static FinancedPlan capture(FinancedOrder order, String captureId, Money amount) {
        order.capture(amount);
        PlanOffer payInFull = new PlanOffer(
                PricingMethod.PAY_IN_FULL,
                1,
                List.of(new Installment(1, TODAY.plusDays(30), amount, Money.ZERO)),
                amount,
                Money.ZERO,
                amount,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                false,
                Money.ZERO);
        return new FinancedPlan(CaptureId.of(captureId), order, payInFull, null, TODAY, NOW);
    }
}
