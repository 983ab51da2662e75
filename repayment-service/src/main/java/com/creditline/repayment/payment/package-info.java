/**
 * Payments: taking a payment against a plan, idempotently by the caller's payment reference,
 * allocating it by the plan's waterfall, and telling the platform (PaymentReceived, PrincipalReduced,
 * DelinquencyChanged, OnTimeStreakReached).
 */
package com.creditline.repayment.payment;
