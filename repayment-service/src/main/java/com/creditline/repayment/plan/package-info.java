/**
 * Installment plans: opening a plan from checkout's PlanCreated, applying checkout's refunds, the
 * plans and their ledger as repositories, and reading plans. The rules live in {@code plan.model}.
 */
package com.creditline.repayment.plan;
