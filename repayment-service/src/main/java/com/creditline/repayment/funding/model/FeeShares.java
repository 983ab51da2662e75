package com.creditline.repayment.funding.model;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Each holder's share of a plan's fees (docs/funding.md), fixed when the plan opens. A funder is
 * entitled to its yield on the principal it funds as the schedule repays it: E = funded x yieldRate
 * / 12 x (the sum, over the schedule's months, of the principal outstanding at the start of the
 * month, over the plan's principal). Its fee share is E over the plan's fees (the schedule's fees
 * and the merchant's subsidy), never more than its share of the principal, and zero when the plan
 * has no fees; the platform's fee share is the rest: it keeps the spread. Every fee movement is
 * shared by these shares, to the fen, the platform's part last taking the remainder.
 */
public final class FeeShares {

    /** The decimals a fee share is kept to (rounded down: a funder is never paid above its yield). */
    public static final int SCALE = 10;

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    /** One holder's share of the plan's fees. */
    public record FeeShare(String holder, BigDecimal share) {}

    private final List<FeeShare> shares;

    /** The holders' fee shares, the platform's last. */
    public FeeShares(List<FeeShare> shares) {
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one holder");
        }
        this.shares = List.copyOf(shares);
    }

    /** The funder's fee share of a plan it funds {@code funded} of, at {@code principalShare}. */
    public static BigDecimal funderShare(
            PlanToFund plan, Money funded, BigDecimal principalShare, BigDecimal yieldRate) {
        if (!plan.fees().isPositive()) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        BigDecimal entitled = funded.amount().multiply(yieldRate).multiply(principalMonths(plan));
        BigDecimal share = entitled.divide(
                MONTHS.multiply(plan.principal().amount()).multiply(plan.fees().amount()), SCALE, RoundingMode.DOWN);
        return share.min(principalShare.setScale(SCALE, RoundingMode.DOWN));
    }

    /** The funder's entitlement E, to the fen. */
    public static Money entitlement(PlanToFund plan, Money funded, BigDecimal yieldRate) {
        return Money.rounded(funded.amount()
                .multiply(yieldRate)
                .multiply(principalMonths(plan))
                .divide(MONTHS.multiply(plan.principal().amount()), 10, RoundingMode.HALF_UP));
    }

    /** The platform's fee share once the funders took theirs. */
    public static BigDecimal platformShare(BigDecimal fundersShare) {
        return BigDecimal.ONE.subtract(fundersShare).setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** The sum over the schedule's months of the principal outstanding at the start of the month. */
    static BigDecimal principalMonths(PlanToFund plan) {
        BigDecimal outstanding = plan.principal().amount();
        BigDecimal sum = BigDecimal.ZERO;
        for (Money due : plan.principalDue()) {
            sum = sum.add(outstanding);
            outstanding = outstanding.subtract(due.amount());
        }
        return sum;
    }

    /** A fee movement shared among the holders by their fee shares; the parts sum to it exactly. */
    public List<Holdings.Part> split(Money fee) {
        List<BigDecimal> weights = shares.stream().map(FeeShare::share).toList();
        if (weights.stream().allMatch(w -> w.signum() == 0)) {
            return shares.stream()
                    .map(s ->
                            new Holdings.Part(s.holder(), s.holder().equals(FundingPolicy.PLATFORM) ? fee : Money.ZERO))
                    .toList();
        }
        List<Money> amounts = fee.allocate(weights);
        return IntStream.range(0, shares.size())
                .mapToObj(i -> new Holdings.Part(shares.get(i).holder(), amounts.get(i)))
                .toList();
    }

    public List<FeeShare> shares() {
        return shares;
    }
}
