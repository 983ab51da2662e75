package com.creditline.repayment.payment.model;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;

/**
 * A payment the caller asks to be taken: the plan, the caller's payment reference (its idempotency
 * key) and the amount.
 */
public record TakePayment(PlanId planId, String paymentReference, Money amount) {}
