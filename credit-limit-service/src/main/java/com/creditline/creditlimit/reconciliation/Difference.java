package com.creditline.creditlimit.reconciliation;

import java.math.BigDecimal;

/**
 * One disagreement between the credit line and another service's books for a customer.
 *
 * @param check OUTSTANDING (line vs repayment ledger), HELD (line vs checkout's open
 *     authorisations) or PLANS (checkout's plans vs repayment's)
 */
public record Difference(
        String customerId, String check, BigDecimal line, BigDecimal other, BigDecimal difference, String cause) {}
