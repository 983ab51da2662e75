/**
 * The order model, plain Java: {@code FinancedOrder} decides what may be captured, voided or
 * refunded and how a refund is spread over its plans (latest plan first); {@code FinancedPlan} is
 * what a capture started; {@code CaptureIntent} and {@code OrderRefund} make captures and refunds
 * idempotent. The refusals of these rules are facts ({@code OrderNotCapturable}, {@code
 * RefundExceedsCaptured}, ...).
 */
package com.creditline.checkout.order.model;
