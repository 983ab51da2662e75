/**
 * The plan model, plain Java: a plan and its installments as checkout scheduled them, the waterfalls
 * that allocate payments and refunds, prepayment and payoff, the end-of-day rules on a plan (overdue,
 * late fees within the APR cap: {@code LateFeePolicy}), and the ledger entries its operations post.
 */
package com.creditline.repayment.plan.model;
