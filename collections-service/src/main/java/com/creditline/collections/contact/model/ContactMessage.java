package com.creditline.collections.contact.model;

import com.creditline.collections.strategy.model.Channel;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a channel sends: the template and the figures it needs. The attempt id is the idempotency
 * key a provider should use, since an attempt may be handed over again after a crash.
 *
 * @param caseId null for a reminder before the due date
 * @param amount the overdue amount for a case, the amount due for a reminder
 * @param dueDate the oldest due date for a case, the installment's due date for a reminder
 */
public record ContactMessage(
        UUID attemptId,
        CustomerId customerId,
        UUID caseId,
        Channel channel,
        String template,
        Money amount,
        LocalDate dueDate) {}
