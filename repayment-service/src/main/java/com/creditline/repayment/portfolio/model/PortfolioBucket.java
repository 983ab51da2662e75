package com.creditline.repayment.portfolio.model;

import com.creditline.common.delinquency.DelinquencyBucket;

/**
 * Where a plan stands in the portfolio: the delinquency bucket of its own days past due (current,
 * M1 1-30, M2 31-60, M3 61-90, M3+ over 90), or charged off (written off at 180 days past due,
 * whatever it has recovered since).
 */
public enum PortfolioBucket {
    CURRENT,
    M1,
    M2,
    M3,
    M3_PLUS,
    CHARGED_OFF;

    public static PortfolioBucket of(boolean chargedOff, int daysPastDue) {
        return chargedOff
                ? CHARGED_OFF
                : valueOf(DelinquencyBucket.of(daysPastDue).name());
    }
}
