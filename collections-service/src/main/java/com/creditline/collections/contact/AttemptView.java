package com.creditline.collections.contact;

import com.creditline.collections.contact.model.AttemptStatus;
import com.creditline.collections.contact.model.ContactAttempt;
import com.creditline.collections.strategy.model.Channel;
import com.creditline.collections.strategy.model.StrategyStep;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact attempt as the API shows it.
 *
 * @param agent the agent who made the call, for a call recorded from the work queue
 * @param outcome the call's outcome ({@code CallOutcome}: REACHED, NO_ANSWER, WRONG_NUMBER, PROMISED, REFUSED),
 *     by name (the schema of an enum has no room for the null of the strategy's attempts)
 * @param note the agent's note on the call
 */
public record AttemptView(
        UUID attemptId,
        @Schema(types = {"string", "null"}) UUID caseId,
        String step,
        Channel channel,
        @Schema(types = {"string", "null"}) String template,
        Instant scheduledFor,
        AttemptStatus status,
        @Schema(types = {"string", "null"}) String reason,
        int deferrals,
        @Schema(types = {"string", "null"}) Instant sentAt,
        @Schema(types = {"string", "null"}) String agent,
        @Schema(types = {"string", "null"}) String outcome,
        @Schema(types = {"string", "null"}) String note) {

    public static AttemptView of(ContactAttempt a) {
        return new AttemptView(
                a.id(),
                a.caseId(),
                StrategyStep.label(a.stepDay()),
                a.channel(),
                a.template(),
                a.scheduledFor(),
                a.status(),
                a.reason(),
                a.deferrals(),
                a.sentAt(),
                a.agent(),
                a.outcome() == null ? null : a.outcome().name(),
                a.note());
    }
}
