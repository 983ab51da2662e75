package com.creditline.checkout.merchant.model;

/** An ACTIVE merchant sells on credit; a SUSPENDED one takes no new order and its subsidies are not honoured. */
public enum MerchantStatus {
    ACTIVE,
    SUSPENDED
}
