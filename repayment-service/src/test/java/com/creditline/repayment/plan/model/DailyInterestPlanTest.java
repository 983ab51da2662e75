package com.creditline.repayment.plan.model;

import static com.creditline.repayment.plan.model.PlanTest.posting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cash draw's interest by the day: 10,000.00 over three months at 0.0003 a day, equal principal;
 * each period's interest is the balance times the rate times its days: 90.00 (30 days on 10,000.00),
 * 62.00 (31 days on 6,666.67), 30.00 (30 days on 3,333.34).
 */
class DailyInterestPlanTest {

    static final LocalDate DRAWN = LocalDate.of(2026, 4, 1);
    static final LocalDate DUE_1 = LocalDate.of(2026, 5, 1);
    static final LocalDate DUE_2 = LocalDate.of(2026, 6, 1);
    static final LocalDate DUE_3 = LocalDate.of(2026, 7, 1);

    static Plan cashDraw(Product product) {
        return Plan.open(
                new OpenPlan(
                        PlanId.random(),
                        OrderId.of("draw-1"),
                        CustomerId.of("customer-1"),
                        Money.of("10000.00"),
                        PricingMethod.EQUAL_PRINCIPAL,
                        false,
                        new BigDecimal("0.1095"),
                        DRAWN,
                        List.of(
                                new ScheduleLine(1, DUE_1, Money.of("3333.33"), Money.of("90.00")),
                                new ScheduleLine(2, DUE_2, Money.of("3333.33"), Money.of("62.00")),
                                new ScheduleLine(3, DUE_3, Money.of("3333.34"), Money.of("30.00"))),
                        product,
                        null),
                Instant.parse("2026-04-01T02:00:00Z"));
    }

    @Test
    void shouldPayOffOnDayTenWithTheInterestOfTenDaysAndWaiveTheRest() {
        Plan plan = cashDraw(Product.CASH);
        LocalDate day10 = DRAWN.plusDays(10);

        assertThat(plan.dueNow(day10)).isEqualTo(Money.of("3363.33"));
        assertThat(plan.payoffAmount(day10)).isEqualTo(Money.of("10030.00"));
        PaymentAllocation paid = plan.pay(Money.of("10030.00"), day10);

        assertThat(paid.paidOff()).isTrue();
        assertThat(plan.status()).isEqualTo(PlanStatus.PAID_OFF);
        assertThat(paid.principalRepaid()).isEqualTo(Money.of("10000.00"));
        assertThat(paid.postings())
                .containsExactly(
                        posting(1, LedgerKind.PAYMENT_FEE, "30.00"),
                        posting(1, LedgerKind.PAYMENT_PRINCIPAL, "3333.33"),
                        posting(3, LedgerKind.PAYMENT_PRINCIPAL, "3333.34"),
                        posting(3, LedgerKind.FEE_WAIVED, "30.00"),
                        posting(2, LedgerKind.PAYMENT_PRINCIPAL, "3333.33"),
                        posting(2, LedgerKind.FEE_WAIVED, "62.00"),
                        posting(1, LedgerKind.FEE_WAIVED, "60.00"));
        assertThat(plan.installment(1).fee()).isEqualTo(Money.of("30.00"));
        assertThat(plan.installments()).allMatch(Installment::isSettled);
    }

    @Test
    void shouldKeepTheShoppingRuleForAShoppingPlanTheWholeFeeOfAStartedPeriod() {
        Plan plan = cashDraw(Product.SHOPPING);

        assertThat(plan.payoffAmount(DRAWN.plusDays(10))).isEqualTo(Money.of("10090.00"));
    }

    @Test
    void shouldShrinkTheInterestOfTheDaysLeftByThePrincipalPrepaidMidPeriod() {
        Plan plan = cashDraw(Product.CASH);
        LocalDate day10 = DRAWN.plusDays(10);

        // 30.00 interest earned, installment 1's principal, and 1,666.67 prepaid from the last installment
        PaymentAllocation paid = plan.pay(Money.of("5030.00"), day10);

        assertThat(paid.paidOff()).isFalse();
        assertThat(paid.postings())
                .containsExactly(
                        posting(1, LedgerKind.PAYMENT_FEE, "30.00"),
                        posting(1, LedgerKind.PAYMENT_PRINCIPAL, "3333.33"),
                        posting(3, LedgerKind.PAYMENT_PRINCIPAL, "1666.67"),
                        posting(3, LedgerKind.FEE_WAIVED, "15.00"),
                        // the 60.00 of the 20 days left, on 5,000.00 instead of 10,000.00
                        posting(1, LedgerKind.FEE_WAIVED, "30.00"));
        assertThat(plan.outstandingPrincipal()).isEqualTo(Money.of("5000.00"));
        assertThat(plan.installment(1).fee()).isEqualTo(Money.of("60.00"));
        assertThat(plan.installment(1).isSettled()).isFalse();
        // 5,000.00 x 0.0003 x 10 more days = 15.00, and no more is owed now
        LocalDate day20 = DRAWN.plusDays(20);
        assertThat(plan.dueNow(day20)).isEqualTo(Money.of("15.00"));
        assertThat(plan.payoffAmount(day20)).isEqualTo(Money.of("5015.00"));
        // the rest of the period's interest (30.00 for 20 days) is due whole on the due date
        assertThat(plan.amountDue(DUE_1)).isEqualTo(Money.of("30.00"));
        assertThat(plan.pay(Money.of("5015.00"), day20).paidOff()).isTrue();
        assertThat(plan.installment(1).fee()).isEqualTo(Money.of("45.00"));
    }

    @Test
    void shouldOweTheWholeInterestOfAPeriodPaidOffOnItsDueDate() {
        Plan plan = cashDraw(Product.CASH);

        assertThat(plan.payoffAmount(DUE_1)).isEqualTo(Money.of("10090.00"));
        PaymentAllocation paid = plan.pay(Money.of("10090.00"), DUE_1);

        assertThat(paid.postings()).contains(posting(1, LedgerKind.PAYMENT_FEE, "90.00"));
        assertThat(paid.postings()).doesNotContain(posting(1, LedgerKind.FEE_WAIVED, "0.00"));
        assertThat(plan.status()).isEqualTo(PlanStatus.PAID_OFF);
    }

    @Test
    void shouldOweAnOverdueInstallmentsInterestWholeAndTheCurrentPeriodsByTheDay() {
        Plan plan = cashDraw(Product.MERCHANT);
        LocalDate overdue = DUE_1.plusDays(4);

        // 90.00 + 3,333.33 overdue; period 2: 4 of 31 days of 62.00 is 8.00, and 6,666.67 principal
        assertThat(plan.payoffAmount(overdue)).isEqualTo(Money.of("10098.00"));
        assertThatThrownBy(() -> plan.pay(Money.of("10098.01"), overdue)).isInstanceOf(PaymentExceedsBalance.class);
        assertThat(plan.pay(Money.of("10098.00"), overdue).paidOff()).isTrue();
        assertThat(plan.installment(2).fee()).isEqualTo(Money.of("8.00"));
    }

    @Test
    void shouldBookACashDrawsOpeningAsADisbursementAndAShoppingPlansAgainstTheMerchant() {
        assertThat(Product.CASH.opening()).isEqualTo(LedgerKind.PLAN_DISBURSED);
        assertThat(Product.MERCHANT.opening()).isEqualTo(LedgerKind.PLAN_DISBURSED);
        assertThat(Product.SHOPPING.opening()).isEqualTo(LedgerKind.PLAN_CREATED);
        assertThat(cashDraw(Product.CASH).terms().product()).isEqualTo(Product.CASH);
    }
}
