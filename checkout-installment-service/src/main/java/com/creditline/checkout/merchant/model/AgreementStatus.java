package com.creditline.checkout.merchant.model;

/** An agreement is ACTIVE between its dates until ops end it early (ENDED, for good). */
public enum AgreementStatus {
    ACTIVE,
    ENDED
}
