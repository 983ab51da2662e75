/**
 * Financed orders: authorisation with the fraud check and a hold, captures into plans, voids,
 * refunds, and the officers' review of orders the fraud check held; scoped for partners (their own orders, of customers linked to them) and reported to
 * them through webhooks.
 *
 * <p>One small service per use case ({@code OrderAuthorisation}, {@code OrderCapture} with {@code
 * CaptureCompletion}, {@code OrderVoiding}, {@code OrderRefunding}, {@code OrderReview}, {@code
 * OrderReading}) and one handler per event from other services ({@code HoldLapsing}, {@code
 * PlanPayoffTracking}), with the repositories, the credit line's client and the controller. The
 * rules are in the model ({@code order.model}); the services call the credit line, write the
 * events and tell partners.
 */
package com.creditline.checkout.order;
