package com.creditline.common.test.archfixture.good.events;

/** A published event contract. */
public record LoanOpened(String loanId) {}
