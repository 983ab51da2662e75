package com.creditline.repayment.plan.model;

import com.creditline.common.id.PlanId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the ledger books an operation on a plan under: the plan, the business date, the reference
 * of what caused it ({@code order:<id>}, {@code payment:<reference>}, {@code refund:<id>}) and when
 * it was recorded.
 */
public record Booking(PlanId planId, LocalDate businessDate, String reference, Instant recordedAt) {}
