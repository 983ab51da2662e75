package com.creditline.creditlimit.account.model;

/** Where a credit account stands; only ACTIVE accounts may spend. */
public enum AccountStatus {
    ACTIVE,
    FROZEN,
    DELINQUENT,
    CLOSED
}
