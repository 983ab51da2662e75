package com.creditline.repayment.merchantloan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.plan.model.Booking;
import com.creditline.repayment.plan.model.LedgerEntry;
import com.creditline.repayment.plan.model.LedgerKind;
import com.creditline.repayment.plan.model.Posting;
import com.creditline.repayment.sweep.model.SalesSweep;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LoanMonthTest {

    static final PlanId PLAN = PlanId.of(UUID.randomUUID());
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    final List<LedgerEntry> ledger = new ArrayList<>();

    @Test
    void shouldCarryLastMonthsPrincipalInAndBalanceTheMonthsMovements() {
        book("2026-11-20", "order:mloan-1", posting(LedgerKind.PLAN_DISBURSED, "3000.00"));
        book(
                "2026-11-30",
                sweep("2026-11-29"),
                posting(LedgerKind.PAYMENT_FEE, "2.70"),
                posting(LedgerKind.PAYMENT_PRINCIPAL, "47.30"));
        book(
                "2026-12-01",
                sweep("2026-11-30"),
                posting(LedgerKind.PAYMENT_FEE, "0.90"),
                posting(LedgerKind.PAYMENT_PRINCIPAL, "49.10"));
        book(
                "2026-12-02",
                "payment:own-1",
                posting(LedgerKind.PAYMENT_LATE_FEE, "0.40"),
                posting(LedgerKind.PAYMENT_PRINCIPAL, "100.00"),
                posting(LedgerKind.FEE_WAIVED, "3.00"));
        book("2026-12-03", "end-of-day:2026-12-03", posting(LedgerKind.LATE_FEE_CHARGED, "0.50"));
        book("2027-01-02", sweep("2027-01-01"), posting(LedgerKind.PAYMENT_PRINCIPAL, "10.00"));

        LoanMonth month = LoanMonth.of(PLAN, DECEMBER, ledger);

        LoanFigures f = month.figures();
        assertThat(f.openingPrincipal()).isEqualTo(Money.of("2952.70"));
        assertThat(f.drawn()).isEqualTo(Money.ZERO);
        assertThat(f.principalRepaid()).isEqualTo(Money.of("149.10"));
        assertThat(f.interestPaid()).isEqualTo(Money.of("0.90"));
        assertThat(f.lateFeesPaid()).isEqualTo(Money.of("0.40"));
        assertThat(f.lateFeesCharged()).isEqualTo(Money.of("0.50"));
        assertThat(f.waived()).isEqualTo(Money.of("3.00"));
        assertThat(f.closingPrincipal()).isEqualTo(Money.of("2803.60"));
        assertThat(f.balances()).isTrue();
        assertThat(month.movements())
                .extracting(m -> m.date() + " " + m.type() + " " + m.amount().amount() + " "
                        + m.salesDate().map(LocalDate::toString).orElse("-"))
                .containsExactly(
                        "2026-12-01 SALES_SWEEP 50.00 2026-11-30",
                        "2026-12-02 PAYMENT 100.40 -",
                        "2026-12-03 LATE_FEE_CHARGED 0.50 -");
        assertThat(month.movements().get(1).waived()).isEqualTo(Money.of("3.00"));
    }

    @Test
    void shouldShowTheDisbursementInTheMonthTheLoanOpenedAndNothingBeforeIt() {
        book("2026-12-10", "order:mloan-2", posting(LedgerKind.PLAN_DISBURSED, "5000.00"));

        LoanMonth december = LoanMonth.of(PLAN, DECEMBER, ledger);
        LoanMonth november = LoanMonth.of(PLAN, DECEMBER.minusMonths(1), ledger);

        assertThat(december.figures().openingPrincipal()).isEqualTo(Money.ZERO);
        assertThat(december.figures().drawn()).isEqualTo(Money.of("5000.00"));
        assertThat(december.figures().closingPrincipal()).isEqualTo(Money.of("5000.00"));
        assertThat(december.movements()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(MovementType.DISBURSEMENT);
            assertThat(m.principal()).isEqualTo(Money.of("5000.00"));
        });
        assertThat(november.isEmpty()).isTrue();
        assertThat(december.figures().plus(december.figures()).balances()).isTrue();
    }

    @Test
    void shouldReadTheSalesDateOfASweepsReferenceOnly() {
        assertThat(SalesSweep.salesDateOf(SalesSweep.reference("mi-store", LocalDate.parse("2026-12-01"), 3, "p")))
                .contains(LocalDate.parse("2026-12-01"));
        assertThat(SalesSweep.salesDateOf("own-1")).isEqualTo(Optional.empty());
        assertThat(SalesSweep.salesDateOf("sweep:bad")).isEmpty();
    }

    private static String sweep(String salesDate) {
        return "payment:"
                + SalesSweep.reference(
                        "mi-store", LocalDate.parse(salesDate), 1, PLAN.value().toString());
    }

    private static Posting posting(LedgerKind kind, String amount) {
        return new Posting(1, kind, Money.of(amount));
    }

    private void book(String date, String reference, Posting... postings) {
        Booking booking = new Booking(PLAN, LocalDate.parse(date), reference, Instant.EPOCH);
        for (Posting p : postings) {
            ledger.add(LedgerEntry.of(booking, p));
        }
    }
}
