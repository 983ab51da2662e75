package com.creditline.repayment.merchantloan.model;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.plan.model.LedgerEntry;
import com.creditline.repayment.plan.model.LedgerKind;
import com.creditline.repayment.sweep.model.SalesSweep;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One loan's month, read from its ledger: the principal on the books at the start of the month (what
 * the entries before it opened and took off), what the month's entries moved, the principal at the
 * end (what every entry up to the month's end leaves, counted on its own, so that {@link
 * LoanFigures#balances()} checks the month's movements against it), and the month's movements by date.
 */
public record LoanMonth(PlanId planId, LoanFigures figures, List<LoanMovement> movements) {

    /** A payment's ledger reference names the payment's own reference after this prefix. */
    static final String PAYMENT = "payment:";

    private static final String REFUND = "refund:";

    private static final Set<LedgerKind> REPAID = EnumSet.of(LedgerKind.PAYMENT_PRINCIPAL, LedgerKind.REFUND_PRINCIPAL);
    private static final Set<LedgerKind> INTEREST = EnumSet.of(LedgerKind.PAYMENT_FEE, LedgerKind.REFUND_FEE);
    private static final Set<LedgerKind> LATE_FEE_PAID =
            EnumSet.of(LedgerKind.PAYMENT_LATE_FEE, LedgerKind.REFUND_LATE_FEE);
    private static final Set<LedgerKind> LATE_FEE = EnumSet.of(
            LedgerKind.PAYMENT_LATE_FEE,
            LedgerKind.REFUND_LATE_FEE,
            LedgerKind.LATE_FEE_CHARGED,
            LedgerKind.CHARGE_OFF_LATE_FEE);
    private static final Set<LedgerKind> WAIVED = EnumSet.of(LedgerKind.FEE_WAIVED, LedgerKind.REFUND_FEE_REDUCTION);
    private static final Set<LedgerKind> RECOVERED = EnumSet.of(LedgerKind.RECOVERY, LedgerKind.REFUND_RECOVERY);
    private static final Set<LedgerKind> CHARGE_OFF =
            EnumSet.of(LedgerKind.CHARGE_OFF_PRINCIPAL, LedgerKind.CHARGE_OFF_LATE_FEE);

    public LoanMonth {
        movements = List.copyOf(movements);
    }

    /** The month of the loan whose ledger entries (in the order recorded) are given. */
    public static LoanMonth of(PlanId planId, YearMonth month, List<LedgerEntry> entries) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<LedgerEntry> before =
                entries.stream().filter(e -> e.businessDate().isBefore(first)).toList();
        List<LedgerEntry> during = entries.stream()
                .filter(e ->
                        !e.businessDate().isBefore(first) && !e.businessDate().isAfter(last))
                .toList();
        List<LedgerEntry> through =
                entries.stream().filter(e -> !e.businessDate().isAfter(last)).toList();
        LoanFigures figures = new LoanFigures(
                principalOnBooks(before),
                sum(during, k -> k.opensPlan()),
                sum(during, REPAID::contains),
                sum(during, k -> k == LedgerKind.CHARGE_OFF_PRINCIPAL),
                sum(during, INTEREST::contains),
                sum(during, k -> k == LedgerKind.LATE_FEE_CHARGED),
                sum(during, LATE_FEE_PAID::contains),
                sum(during, WAIVED::contains),
                sum(during, RECOVERED::contains),
                principalOnBooks(through));
        return new LoanMonth(planId, figures, movements(planId, during));
    }

    /** Whether the loan had anything on the books or any movement in the month. */
    public boolean isEmpty() {
        return movements.isEmpty()
                && figures.openingPrincipal().isZero()
                && figures.closingPrincipal().isZero();
    }

    /** The principal the entries put on the books, less what they took off (repaid or written off). */
    private static Money principalOnBooks(List<LedgerEntry> entries) {
        return sum(entries, LedgerKind::opensPlan)
                .minus(sum(entries, REPAID::contains))
                .minus(sum(entries, k -> k == LedgerKind.CHARGE_OFF_PRINCIPAL));
    }

    private static List<LoanMovement> movements(PlanId planId, List<LedgerEntry> during) {
        Map<String, List<LedgerEntry>> byReference = new LinkedHashMap<>();
        during.forEach(e -> byReference
                .computeIfAbsent(e.reference(), r -> new ArrayList<>())
                .add(e));
        return byReference.entrySet().stream()
                .map(r -> movement(planId, r.getKey(), r.getValue()))
                .sorted(Comparator.comparing(LoanMovement::date))
                .toList();
    }

    private static LoanMovement movement(PlanId planId, String reference, List<LedgerEntry> entries) {
        Optional<LocalDate> salesDate = reference.startsWith(PAYMENT)
                ? SalesSweep.salesDateOf(reference.substring(PAYMENT.length()))
                : Optional.empty();
        return new LoanMovement(
                entries.getFirst().businessDate(),
                planId,
                typeOf(reference, salesDate, entries),
                reference,
                salesDate,
                sum(entries, k -> !WAIVED.contains(k)),
                sum(entries, k -> k.opensPlan() || REPAID.contains(k) || k == LedgerKind.CHARGE_OFF_PRINCIPAL),
                sum(entries, INTEREST::contains),
                sum(entries, LATE_FEE::contains),
                sum(entries, WAIVED::contains));
    }

    private static MovementType typeOf(String reference, Optional<LocalDate> salesDate, List<LedgerEntry> entries) {
        if (any(entries, LedgerKind::opensPlan)) {
            return MovementType.DISBURSEMENT;
        }
        if (any(entries, CHARGE_OFF::contains)) {
            return MovementType.CHARGE_OFF;
        }
        if (reference.startsWith(PAYMENT)) {
            return salesDate.isPresent() ? MovementType.SALES_SWEEP : MovementType.PAYMENT;
        }
        if (reference.startsWith(REFUND)) {
            return MovementType.REFUND;
        }
        if (entries.stream().allMatch(e -> e.kind() == LedgerKind.LATE_FEE_CHARGED)) {
            return MovementType.LATE_FEE_CHARGED;
        }
        return MovementType.OTHER;
    }

    private static boolean any(List<LedgerEntry> entries, Predicate<LedgerKind> kind) {
        return entries.stream().anyMatch(e -> kind.test(e.kind()));
    }

    private static Money sum(List<LedgerEntry> entries, Predicate<LedgerKind> kind) {
        return Money.sum(entries.stream()
                .filter(e -> kind.test(e.kind()))
                .map(LedgerEntry::amount)
                .toList());
    }
}
