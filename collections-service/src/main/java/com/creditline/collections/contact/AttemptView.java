package com.creditline.collections.contact;

import com.creditline.collections.strategy.StrategyStep;
import java.time.Instant;
import java.util.UUID;

/** A contact attempt as the API shows it. */
public record AttemptView(
        UUID attemptId,
        UUID caseId,
        String step,
        String channel,
        String template,
        Instant scheduledFor,
        String status,
        String reason,
        int deferrals,
        Instant sentAt) {

    public static AttemptView of(ContactAttempt a) {
        return new AttemptView(
                a.id(),
                a.caseId(),
                StrategyStep.label(a.stepDay()),
                a.channel().name(),
                a.template(),
                a.scheduledFor(),
                a.status().name(),
                a.reason(),
                a.deferrals(),
                a.sentAt());
    }
}
