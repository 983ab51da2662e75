package com.creditline.repayment.plan.model;

import static com.creditline.common.test.Generators.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.customer.model.Arrears;
import com.creditline.repayment.customer.model.DaysPastDue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The end-of-day rules in Java (overdue, late fees within the APR cap, days past due), checked
 * example by example and as properties over plans closed day after day. End of day's SQL is
 * checked against these same classes by {@code EndOfDayPolicyIT}.
 */
class LateFeePolicyTest {

    static final LateFeePolicy POLICY = LateFeePolicy.DEFAULT;
    static final LocalDate CAPTURED = LocalDate.of(2026, 1, 31);

    /** A plan captured on {@link #CAPTURED} with this schedule (the property tests' plans too). */
    static Plan plan(Money principal, ScheduleLine... lines) {
        return Plan.open(
                OpenPlans.shopping(
                        PlanId.random(),
                        OrderId.of("order"),
                        CustomerId.of("customer"),
                        principal,
                        PricingMethod.FLAT_MONTHLY_FEE,
                        false,
                        BigDecimal.ZERO,
                        CAPTURED,
                        List.of(lines)),
                Instant.EPOCH);
    }

    /** End of day on every date from the day after capture through {@code last}, as production runs it. */
    static List<Posting> closeEveryDay(Plan plan, LocalDate last) {
        List<Posting> fees = new ArrayList<>();
        for (LocalDate day = CAPTURED.plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            plan.markOverdue(day);
            fees.addAll(plan.chargeLateFees(day, POLICY));
        }
        return fees;
    }

    @Test
    void shouldChargeNothingInTheGraceDaysThenTheDailyRateOnUnpaidPrincipalAndFee() {
        LocalDate due = CAPTURED.plusDays(30);
        Plan plan = plan(
                Money.of("3000.00"),
                new ScheduleLine(1, due, Money.of("1000.00"), Money.of("22.50")),
                new ScheduleLine(2, due.plusDays(30), Money.of("2000.00"), Money.of("22.50")));

        assertThat(closeEveryDay(plan, due.plusDays(3))).isEmpty();
        assertThat(plan.installment(1).status()).isEqualTo(InstallmentStatus.OVERDUE);
        assertThat(plan.installment(1).daysPastDue(due.plusDays(3))).isEqualTo(new DaysPastDue(3));

        // 0.05% of 1,022.50 is 0.51125: 0.51 a day from 4 days past due, none on the installment not due.
        assertThat(closeEveryDay(plan, due.plusDays(6)))
                .containsExactly(
                        new Posting(1, LedgerKind.LATE_FEE_CHARGED, Money.of("0.51")),
                        new Posting(1, LedgerKind.LATE_FEE_CHARGED, Money.of("0.51")),
                        new Posting(1, LedgerKind.LATE_FEE_CHARGED, Money.of("0.51")));
        assertThat(plan.installment(2).status()).isEqualTo(InstallmentStatus.DUE);
        assertThat(plan.arrears(due.plusDays(7))).isEqualTo(new Arrears(7, Money.of("1024.03"), due));
    }

    @Test
    void shouldCapTheLateFeeSoThatThePlanCostsNoMoreThanTheAprCap() {
        LocalDate due = CAPTURED.plusDays(30);
        Plan plan = plan(Money.of("1000.00"), new ScheduleLine(1, due, Money.of("1000.00"), Money.of("22.30")));
        closeEveryDay(plan, due.plusDays(3));

        // 34 days of 1,000: cap 24% x 34,000 / 365 = 22.356..., 22.35; the fee of 22.30 leaves 0.05.
        plan.markOverdue(due.plusDays(4));
        assertThat(plan.chargeLateFees(due.plusDays(4), POLICY))
                .containsExactly(new Posting(1, LedgerKind.LATE_FEE_CHARGED, Money.of("0.05")));
        // 35 days: cap 23.01, room 0.66, so the full day's 0.51 (0.05% of 1,022.30).
        assertThat(plan.chargeLateFees(due.plusDays(5), POLICY))
                .containsExactly(new Posting(1, LedgerKind.LATE_FEE_CHARGED, Money.of("0.51")));
    }

    @Test
    void shouldGiveTheRoomUnderTheCapToTheOldestInstallmentFirst() {
        LocalDate due1 = CAPTURED.plusDays(5);
        LocalDate due2 = CAPTURED.plusDays(10);
        Plan plan = plan(
                Money.of("2000.00"),
                new ScheduleLine(1, due1, Money.of("1000.00"), Money.of("3.00")),
                new ScheduleLine(2, due2, Money.of("1000.00"), Money.of("3.00")));
        LocalDate day = due2.plusDays(4);
        plan.markOverdue(day);

        // 14 days of 2,000: cap 24% x 28,000 / 365 = 18.41; fees 6.00, so the room is 12.41 for
        // day fees of 0.50 each: both in full. With fees of 9.00 each the room is 0.41: all to the first.
        assertThat(plan.chargeLateFees(day, POLICY)).hasSize(2);
        Plan dear = plan(
                Money.of("2000.00"),
                new ScheduleLine(1, due1, Money.of("1000.00"), Money.of("9.00")),
                new ScheduleLine(2, due2, Money.of("1000.00"), Money.of("9.00")));
        dear.markOverdue(day);
        assertThat(dear.chargeLateFees(day, POLICY))
                .containsExactly(new Posting(1, LedgerKind.LATE_FEE_CHARGED, Money.of("0.41")));
    }

    @Test
    void shouldCountACustomersDaysPastDueFromTheOldestUnpaidInstallment() {
        LocalDate day = LocalDate.of(2026, 3, 20);
        Arrears older = Arrears.on(day, day.minusDays(40), Money.of("10.00"));
        Arrears newer = Arrears.on(day, day.minusDays(5), Money.of("2.50"));

        assertThat(newer.and(older)).isEqualTo(new Arrears(40, Money.of("12.50"), day.minusDays(40)));
        assertThat(older.and(newer)).isEqualTo(newer.and(older));
        assertThat(Arrears.NONE.and(newer)).isEqualTo(newer);
        assertThat(DaysPastDue.of(day, day)).isEqualTo(DaysPastDue.NONE);
        assertThat(DaysPastDue.of(day.minusDays(1), day).days()).isEqualTo(1);
    }

    /** A plan of 1-12 installments every 5-40 days, fees up to 4% a period, left unpaid for a while. */
    record Scenario(long principalFen, int installments, int periodDays, int feeBasisPoints, int daysClosed) {

        Plan plan() {
            Money principal = Money.ofFen(principalFen);
            List<Money> parts = principal.allocate(installments);
            Money fee = principal.times(BigDecimal.valueOf(feeBasisPoints, 4));
            ScheduleLine[] lines = new ScheduleLine[installments];
            for (int n = 1; n <= installments; n++) {
                lines[n - 1] = new ScheduleLine(n, CAPTURED.plusDays((long) periodDays * n), parts.get(n - 1), fee);
            }
            return LateFeePolicyTest.plan(principal, lines);
        }

        LocalDate lastDay() {
            return CAPTURED.plusDays(daysClosed);
        }
    }

    static Gen<Scenario> scenarios() {
        return tuple(
                        longs().between(100, 50_000_000),
                        integers().between(1, 12),
                        integers().between(5, 40),
                        integers().between(0, 400),
                        integers().between(1, 400))
                .map(v -> new Scenario((long) v[0], (int) v[1], (int) v[2], (int) v[3], (int) v[4]));
    }

    @Test
    void lateFeesNeverTakeThePlansCostAboveTheCapNorStartWithinTheGrace() {
        qt().withExamples(200).forAll(scenarios()).checkAssert(scenario -> {
            Plan plan = scenario.plan();
            for (LocalDate day = CAPTURED.plusDays(1); !day.isAfter(scenario.lastDay()); day = day.plusDays(1)) {
                plan.markOverdue(day);
                List<Posting> fees = plan.chargeLateFees(day, POLICY);
                Money cap = POLICY.costCap(plan.principalDaysBefore(day));
                for (Posting fee : fees) {
                    Installment i = plan.installment(fee.installmentNumber());
                    assertThat(POLICY.charges(i.daysPastDue(day))).isTrue();
                    assertThat(fee.amount())
                            .isLessThanOrEqualTo(
                                    POLICY.dayFee(i.unpaidPrincipal().plus(i.unpaidFee())));
                }
                if (!fees.isEmpty()) {
                    assertThat(POLICY.cost(plan, day)).isLessThanOrEqualTo(cap);
                }
            }
        });
    }

    @Test
    void anInstallmentIsOverdueExactlyWhenUnpaidAfterItsDueDateAndTheCustomerCountsFromTheOldest() {
        qt().withExamples(200).forAll(scenarios()).checkAssert(scenario -> {
            Plan plan = scenario.plan();
            LocalDate day = scenario.lastDay();
            plan.markOverdue(day);
            assertThat(plan.markOverdue(day)).as("a second run changes nothing").isEmpty();
            for (Installment i : plan.installments()) {
                assertThat(i.status() == InstallmentStatus.OVERDUE)
                        .isEqualTo(i.dueDate().isBefore(day));
            }
            Arrears arrears = plan.arrears(day);
            int oldest = plan.installments().stream()
                    .mapToInt(i -> i.daysPastDue(day).days())
                    .max()
                    .orElseThrow();
            assertThat(arrears.daysPastDue()).isEqualTo(oldest);
            assertThat(arrears.overdueAmount())
                    .isEqualTo(Money.sum(plan.installments().stream()
                            .filter(i -> i.status() == InstallmentStatus.OVERDUE)
                            .map(Installment::unpaid)
                            .toList()));
        });
    }

    @Test
    void whileTheCapHasRoomTheOldestInstallmentGetsItsWholeDayFeeBeforeAYoungerGetsAny() {
        qt().withExamples(200).forAll(scenarios()).checkAssert(scenario -> {
            Plan plan = scenario.plan();
            LocalDate day = scenario.lastDay();
            plan.markOverdue(day);
            List<Posting> fees = POLICY.lateFees(plan, day);
            for (int n = 1; n < fees.size(); n++) {
                Installment older = plan.installment(fees.get(n - 1).installmentNumber());
                assertThat(fees.get(n - 1).amount())
                        .isEqualTo(POLICY.dayFee(older.unpaidPrincipal().plus(older.unpaidFee())));
            }
        });
    }
}
