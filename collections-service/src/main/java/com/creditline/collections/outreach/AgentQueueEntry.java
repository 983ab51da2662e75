package com.creditline.collections.outreach;

import com.creditline.common.delinquency.DelinquencyBucket;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case in the agents' work queue: handed to the queue by its D+15 step and still open.
 *
 * @param promisedDate the open promise to pay's date, if one is open
 */
public record AgentQueueEntry(
        UUID attemptId,
        UUID caseId,
        CustomerId customerId,
        DelinquencyBucket bucket,
        int daysPastDue,
        Money overdueAmount,
        Instant queuedAt,
        @Schema(types = {"string", "null"}) LocalDate promisedDate,
        @Schema(types = {"object", "null"}) Money promisedAmount) {}
