package com.creditline.repayment.plan.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How checkout priced a plan, fixed when it opened: the pricing method, the number of installments,
 * whether the merchant pays the fees, the customer's nominal APR, and what the plan lends for (its
 * product, which says how its interest accrues) and, for a merchant loan repaid from sales, the
 * share of each day's net sales swept to it. Repayment keeps and shows them.
 */
@Embeddable
public class PlanTerms {

    @Enumerated(EnumType.STRING)
    private PricingMethod method;

    private int installmentCount;
    private boolean merchantSubsidised;
    private BigDecimal nominalApr;

    @Enumerated(EnumType.STRING)
    private Product product;

    private BigDecimal salesSweepShare;

    protected PlanTerms() {}

    static PlanTerms of(OpenPlan command) {
        PlanTerms terms = new PlanTerms();
        terms.method = command.method();
        terms.installmentCount = command.schedule().size();
        terms.merchantSubsidised = command.merchantSubsidised();
        terms.nominalApr = command.nominalApr() == null ? BigDecimal.ZERO : command.nominalApr();
        terms.product = command.product();
        terms.salesSweepShare = command.salesSweepShare();
        return terms;
    }

    public PricingMethod method() {
        return method;
    }

    public int installmentCount() {
        return installmentCount;
    }

    public boolean merchantSubsidised() {
        return merchantSubsidised;
    }

    public BigDecimal nominalApr() {
        return nominalApr;
    }

    public Product product() {
        return product;
    }

    /** The share of the merchant's daily net sales swept to the plan; empty for fixed installments. */
    public Optional<BigDecimal> salesSweepShare() {
        return Optional.ofNullable(salesSweepShare);
    }
}
