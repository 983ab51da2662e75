package com.creditline.collections.contact.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.LocalDate;

/** A customer's installment of {@code amountDue}, falling due on {@code dueDate}: what a reminder is about. */
public record DueInstallment(CustomerId customerId, Money amountDue, LocalDate dueDate) {}
