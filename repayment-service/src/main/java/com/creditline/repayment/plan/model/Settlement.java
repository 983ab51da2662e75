package com.creditline.repayment.plan.model;

import java.time.LocalDate;

/**
 * An installment that a payment settled: whether its period had started when it was paid and
 * whether it was paid on or before its due date (what the on-time streak counts).
 */
public record Settlement(int installmentNumber, LocalDate dueDate, boolean periodStarted, boolean onTime) {}
