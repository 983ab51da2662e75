package com.creditline.collections.contact;

import com.creditline.collections.contact.model.AttemptStatus;
import com.creditline.collections.contact.model.ContactAttempt;
import com.creditline.collections.strategy.model.Channel;
import com.creditline.collections.strategy.model.StrategyStep;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A contact attempt as the API shows it. */
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
        @Schema(types = {"string", "null"}) Instant sentAt) {

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
                a.sentAt());
    }
}
