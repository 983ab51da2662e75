package com.creditline.creditlimit.reconciliation;

import com.creditline.common.id.CustomerId;
import java.math.BigDecimal;

/** One disagreement between the credit line and another service's books for a customer. */
public record Difference(
        CustomerId customerId, Check check, BigDecimal line, BigDecimal other, BigDecimal difference, String cause) {

    /** Which two sets of books disagree. */
    public enum Check {
        /** The line's principal outstanding against the repayment ledger's. */
        OUTSTANDING,
        /** The line's holds against checkout's open authorisations. */
        HELD,
        /** Checkout's plans against repayment's. */
        PLANS
    }
}
