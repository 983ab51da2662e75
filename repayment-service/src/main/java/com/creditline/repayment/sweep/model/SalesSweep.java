package com.creditline.repayment.sweep.model;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a day's sales is swept to one merchant loan.
 *
 * <p>The day's target is the plan's share of the day's net sales, rounded down to the fen. A sweep
 * pays what the target exceeds what was already swept to the plan for that day (by earlier revisions
 * of the day's report), and never more than the plan can take (its payoff amount). So a replayed
 * report pays nothing again, a correction upward sweeps only the difference, and a correction
 * downward reverses nothing: money swept stays paid.
 *
 * <p>The short period rule: the schedule's installment is the period's minimum payment. A sweep is
 * an ordinary payment, so it pays the started installment first and prepays the rest from the last
 * installment; on the due date whatever the sweeps left unpaid of the minimum is overdue like any
 * plan's installment (days past due, grace, late fee, collections).
 */
public final class SalesSweep {

    private static final Pattern REFERENCE = Pattern.compile("sweep:[a-z0-9-]+:(\\d{4}-\\d{2}-\\d{2}):r\\d+:");

    private SalesSweep() {}

    /** The plan's share of the day's net sales, rounded down to the fen. */
    public static Money target(BigDecimal share, Money netSales) {
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a sweep share is more than 0 and at most 1");
        }
        return Money.of(share.multiply(netSales.atLeastZero().amount()).setScale(2, RoundingMode.DOWN));
    }

    /** What to sweep now: the target less what the day already swept, at least zero, at most the payoff. */
    public static Money amount(BigDecimal share, Money netSales, Money alreadySwept, Money payoff) {
        return target(share, netSales).minus(alreadySwept).atLeastZero().min(payoff.atLeastZero());
    }

    /**
     * The payment reference of a day's sweep to a plan: the merchant, the day and the revision (so a
     * replay is recognised), and the plan, since a payment reference names one payment.
     */
    public static String reference(String merchantId, LocalDate salesDate, int revision, String planId) {
        return dayPrefix(merchantId, salesDate) + revision + ":" + planId;
    }

    /** The sales date a sweep's payment reference names; empty for any other payment reference. */
    public static Optional<LocalDate> salesDateOf(String paymentReference) {
        Matcher m = REFERENCE.matcher(paymentReference);
        return m.lookingAt() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
    }

    /** What every reference of the day's sweeps begins with, whatever the revision and plan. */
    public static String dayPrefix(String merchantId, LocalDate salesDate) {
        return "sweep:" + merchantId + ":" + salesDate + ":r";
    }
}
