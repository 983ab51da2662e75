package com.creditline.repayment.plan.model;

import com.creditline.common.money.Money;
import com.creditline.repayment.customer.model.DaysPastDue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The late-fee rules (DOMAIN.md, docs/repayment.md): an installment more than {@code graceDays}
 * days past due is charged {@code dailyRate} a day on its unpaid principal and fee, HALF_UP to the
 * fen, while the plan's cost stays within {@code aprCap} a year of the principal actually lent.
 *
 * <p>The cost counted against the cap is the fees of started periods plus every late fee charged;
 * the cap is {@code aprCap x principal-days / 365}, rounded down to the fen, where principal-days
 * sums the outstanding principal over each day from capture up to the day being closed. Within a
 * plan the older installments take the room under the cap first.
 *
 * <p>End of day applies these rules to every plan at once in SQL; a test checks that SQL against
 * this class on a generated book.
 */
public record LateFeePolicy(int graceDays, BigDecimal dailyRate, BigDecimal aprCap) {

    /** DOMAIN.md's defaults: 3 days of grace, 0.05% a day, a 24% APR cap. */
    public static final LateFeePolicy DEFAULT = new LateFeePolicy(3, new BigDecimal("0.0005"), new BigDecimal("0.24"));

    private static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365);

    public LateFeePolicy {
        Objects.requireNonNull(dailyRate, "dailyRate");
        Objects.requireNonNull(aprCap, "aprCap");
        if (graceDays < 0 || dailyRate.signum() < 0 || aprCap.signum() < 0) {
            throw new IllegalArgumentException("grace, daily rate and APR cap are not negative");
        }
    }

    /** Whether an installment this many days past due is charged a late fee. */
    public boolean charges(DaysPastDue daysPastDue) {
        return daysPastDue.isBeyond(graceDays);
    }

    /** One day's late fee on what an installment still owes of principal and fee. */
    public Money dayFee(Money unpaidPrincipalAndFee) {
        return unpaidPrincipalAndFee.times(dailyRate);
    }

    /** The most a plan may have cost after {@code principalDays} yuan-days of principal lent. */
    public Money costCap(BigDecimal principalDays) {
        BigDecimal fen =
                aprCap.multiply(principalDays).movePointRight(Money.SCALE).divide(DAYS_A_YEAR, 0, RoundingMode.FLOOR);
        return Money.ofFen(fen.longValueExact());
    }

    /**
     * What counts against the cap on {@code day}: the fees (as they stand now, paid or not) of the
     * periods started before it, and every late fee charged so far.
     */
    public Money cost(Plan plan, LocalDate day) {
        return Money.sum(plan.installments().stream()
                .map(i -> i.periodStartedBefore(day) ? i.fee().plus(i.lateFee()) : i.lateFee())
                .toList());
    }

    /**
     * The late fees end of day charges on {@code plan} when it closes business date {@code day}:
     * one posting per installment past grace, oldest first, each the day's fee or what is left of
     * the room under the cap (installments the cap leaves nothing for get none).
     */
    public List<Posting> lateFees(Plan plan, LocalDate day) {
        List<Installment> pastGrace = plan.installments().stream()
                .filter(i -> charges(i.daysPastDue(day)))
                .toList();
        if (pastGrace.isEmpty()) {
            return List.of();
        }
        Money room = costCap(plan.principalDaysBefore(day)).minus(cost(plan, day));
        List<Posting> fees = new ArrayList<>();
        for (Installment i : pastGrace) {
            Money dayFee = dayFee(i.unpaidPrincipal().plus(i.unpaidFee()));
            Money fee = dayFee.min(room.atLeastZero());
            if (fee.isPositive()) {
                fees.add(new Posting(i.number(), LedgerKind.LATE_FEE_CHARGED, fee));
            }
            room = room.minus(dayFee);
        }
        return fees;
    }
}
