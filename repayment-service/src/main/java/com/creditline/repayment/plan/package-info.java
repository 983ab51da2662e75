/**
 * Installment plans: the schedule as checkout created it, the waterfall that allocates payments,
 * prepayment and payoff, refunds, the end-of-day rules on a plan (overdue, late fees within the APR
 * cap: {@code LateFeePolicy}), the plan's ledger, and reading plans.
 */
package com.creditline.repayment.plan;
