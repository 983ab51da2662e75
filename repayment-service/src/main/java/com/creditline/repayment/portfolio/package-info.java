/**
 * The portfolio at a glance for the operations console's dashboard: outstanding principal and plans
 * by delinquency bucket and by band of days past due, and vintage bad rates (by opening month, the
 * share of plans that reached 30 days past due by months on book). Read-only; the rules that sort
 * plans are plain Java in {@code model} (docs/repayment.md).
 */
package com.creditline.repayment.portfolio;
