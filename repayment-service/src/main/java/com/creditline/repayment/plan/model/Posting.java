package com.creditline.repayment.plan.model;

import com.creditline.common.money.Money;

/** One movement of money a plan operation made, for the ledger. No installment for plan-level ones. */
public record Posting(Integer installmentNumber, LedgerKind kind, Money amount) {}
