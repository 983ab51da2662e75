package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;

/** Checkout asks to hold an order's amount on its customer's line. */
public record PlacingHold(CustomerId customerId, OrderId orderId, Money amount) {}
