/**
 * Installment plans: the schedule as checkout created it, the waterfall that allocates payments,
 * prepayment and payoff, refunds, the plan's ledger, and reading plans.
 */
package com.creditline.repayment.plan;
