package com.creditline.repayment.reserve.model;

import com.creditline.common.delinquency.DelinquencyBucket;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The reserve's and the provisions' rules: {@code contributionShare} of each date's fee income (fees
 * and interest paid, late fees charged) goes into the risk reserve, rounded down to the fen; the
 * platform's charge-offs are drawn from the reserve as far as it holds; and the allowance for losses
 * is each bucket's principal times its loss rate, rounded to the fen.
 */
public record ReservePolicy(BigDecimal contributionShare, Map<DelinquencyBucket, BigDecimal> lossRates) {

    public ReservePolicy {
        if (contributionShare.signum() < 0 || contributionShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the reserve's share of fee income is between 0 and 1");
        }
        lossRates = new EnumMap<>(lossRates);
        for (DelinquencyBucket bucket : DelinquencyBucket.values()) {
            BigDecimal rate = lossRates.get(bucket);
            if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a loss rate between 0 and 1 is needed for " + bucket);
            }
        }
    }

    /** What a date's fee income puts into the reserve. */
    public Money contribution(Money feeIncome) {
        return Money.of(feeIncome.amount().multiply(contributionShare).setScale(Money.SCALE, RoundingMode.DOWN));
    }

    /** What the reserve takes of a charge-off: all of it, or what the reserve holds. */
    public static Money draw(Money chargedOff, Money reserveBalance) {
        return chargedOff.min(reserveBalance.atLeastZero());
    }

    /** The allowance a bucket's principal needs. */
    public Money provision(DelinquencyBucket bucket, Money principal) {
        return Money.of(principal.amount().multiply(lossRates.get(bucket)).setScale(Money.SCALE, RoundingMode.HALF_UP));
    }

    public BigDecimal lossRate(DelinquencyBucket bucket) {
        return lossRates.get(bucket);
    }
}
