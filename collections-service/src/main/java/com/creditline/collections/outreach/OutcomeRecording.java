package com.creditline.collections.outreach;

import com.creditline.collections.contact.ContactAttempts;
import com.creditline.collections.contact.ContactProperties;
import com.creditline.collections.contact.model.AttemptStatus;
import com.creditline.collections.contact.model.ContactAttempt;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The processing step's last short transaction for an attempt: records what its channel answered,
 * which also ends the attempt's claim. An attempt another run recorded meanwhile (its claim ended
 * while the channel was answering) is left as that run recorded it.
 */
@Component
class OutcomeRecording {

    private final ContactAttempts attempts;
    private final TransactionTemplate transactions;
    private final Duration retryAfterChannelFailure;

    OutcomeRecording(ContactAttempts attempts, TransactionTemplate transactions, ContactProperties properties) {
        this.attempts = attempts;
        this.transactions = transactions;
        this.retryAfterChannelFailure = properties.retryAfterChannelFailure();
    }

    /** The channel took the attempt at {@code at}. */
    Optional<AttemptStatus> sent(UUID attemptId, Instant at) {
        return record(attemptId, attempt -> attempt.sent(at));
    }

    /** The channel failed at {@code at}: the attempt is tried again after a while. */
    Optional<AttemptStatus> failed(UUID attemptId, Instant at, RuntimeException failure) {
        String why = "channel failed: " + failure.getClass().getSimpleName();
        return record(attemptId, attempt -> attempt.deferTo(at.plus(retryAfterChannelFailure), why));
    }

    Duration retryAfterChannelFailure() {
        return retryAfterChannelFailure;
    }

    private Optional<AttemptStatus> record(UUID attemptId, Consumer<ContactAttempt> outcome) {
        return Optional.ofNullable(transactions.execute(status -> attempts.lockById(attemptId)
                .filter(attempt -> attempt.status().isPending())
                .map(attempt -> {
                    outcome.accept(attempt);
                    return attempt.status();
                })
                .orElse(null)));
    }
}
