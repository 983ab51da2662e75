package com.creditline.collections.outreach;

import com.creditline.common.delinquency.DelinquencyBucket;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case in the agents' work queue: open, and handed to the queue by its D+15 step (or, when every
 * open case is asked for, not yet).
 *
 * @param attemptId the D+15 step's attempt that handed the case to the queue; none before
 * @param queuedAt when the case was handed to the queue; none before
 * @param assignee the agent holding the case (who claimed it or was assigned it); none while nobody does
 * @param promisedDate the open promise to pay's date, if one is open
 */
public record AgentQueueEntry(
        @Schema(types = {"string", "null"}) UUID attemptId,
        UUID caseId,
        CustomerId customerId,
        DelinquencyBucket bucket,
        int daysPastDue,
        Money overdueAmount,
        @Schema(types = {"string", "null"}) Instant queuedAt,
        @Schema(types = {"string", "null"}) String assignee,
        @Schema(types = {"string", "null"}) LocalDate promisedDate,
        @Schema(types = {"object", "null"}) Money promisedAmount) {}
