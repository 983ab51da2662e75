package com.creditline.repayment.merchantloan.model;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One movement on a loan in a month: the ledger entries of one reference on the loan (a disbursement,
 * a sweep, a payment, a day's late fee), added up by part. {@code amount} is the money that moved
 * (drawn, paid, charged or written off), {@code principal}, {@code interest} and {@code lateFee} its
 * parts, {@code waived} the fees it waived beside it (no money). A sweep names its sales date.
 */
public record LoanMovement(
        LocalDate date,
        PlanId planId,
        MovementType type,
        String reference,
        Optional<LocalDate> salesDate,
        Money amount,
        Money principal,
        Money interest,
        Money lateFee,
        Money waived) {}
