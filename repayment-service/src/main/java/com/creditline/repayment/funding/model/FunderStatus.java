package com.creditline.repayment.funding.model;

/** ACTIVE funders take new plans; a SUSPENDED one keeps what it holds and takes nothing new. */
public enum FunderStatus {
    ACTIVE,
    SUSPENDED
}
