package com.creditline.repayment.funding.model;

/** Who the funder is: a bank, or a licensed consumer-finance company. */
public enum FunderKind {
    BANK,
    CONSUMER_FINANCE
}
