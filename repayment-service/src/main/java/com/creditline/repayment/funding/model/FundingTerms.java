package com.creditline.repayment.funding.model;

import com.creditline.common.money.Money;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * What a funder funds and on what terms: the grades and installment counts of the plans it takes,
 * the share of each plan it takes (between the minimum and the maximum), the outstanding principal
 * it may hold at most (its exposure cap), the principal it may fund on one business date (its
 * daily quota), the yield it is paid on its principal (an annual rate), and whether the platform
 * guarantees its principal (at charge-off the platform pays it what it wrote off).
 *
 * @param grades the grades it funds, as letters ("ABC")
 */
@Embeddable
public record FundingTerms(
        String grades,
        int minimumInstallments,
        int maximumInstallments,
        BigDecimal minimumShare,
        BigDecimal maximumShare,
        Money exposureCap,
        Money dailyQuota,
        BigDecimal yieldRate,
        boolean guaranteed) {

    /** Whether a plan of this grade and length is one the funder takes. */
    public boolean covers(String grade, int installments) {
        return grade != null
                && grades.contains(grade)
                && installments >= minimumInstallments
                && installments <= maximumInstallments;
    }
}
