package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CaptureId;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;

/** Checkout turns part of an order's hold into principal owed: one shipment, named by its capture id. */
public record CapturingHold(CustomerId customerId, OrderId orderId, CaptureId captureId, Money amount) {}
