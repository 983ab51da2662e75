package com.creditline.collections.contact.model;

import com.creditline.collections.strategy.model.Channel;
import com.creditline.collections.strategy.model.StrategyStep;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One contact of a customer, for a collections case or, before the due date, for an installment:
 * the step of the strategy it carries out, when it is due, and what became of it. Scheduled
 * attempts are sent, deferred (and tried again at their new time) or skipped; a sent or skipped
 * attempt does not change again.
 */
@Entity
@Table(name = "contact_attempt")
public class ContactAttempt {

    /** The template of the attempts that record an agent's call. */
    public static final String AGENT_CALL = "agent-call";

    @Id
    @Column(name = "attempt_id")
    private UUID id;

    private UUID caseId;
    private CustomerId customerId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String template;
    private int stepDay;
    private Instant scheduledFor;

    @Enumerated(EnumType.STRING)
    private AttemptStatus status;

    private String reason;
    private Money amount;
    private LocalDate dueDate;
    private int deferrals;
    private Instant createdAt;
    private Instant sentAt;
    private Instant claimedUntil;
    private String agent;

    @Enumerated(EnumType.STRING)
    private CallOutcome outcome;

    private String note;

    @Version
    private Long version;

    protected ContactAttempt() {}

    private static ContactAttempt of(UUID caseId, CustomerId customerId, StrategyStep step, Instant at) {
        ContactAttempt attempt = new ContactAttempt();
        attempt.id = UUID.randomUUID();
        attempt.caseId = caseId;
        attempt.customerId = customerId;
        attempt.channel = step.channel();
        attempt.template = step.template();
        attempt.stepDay = step.day();
        attempt.scheduledFor = at;
        attempt.status = AttemptStatus.SCHEDULED;
        attempt.createdAt = at;
        return attempt;
    }

    /** An escalation step of a case, due at {@code at}. */
    public static ContactAttempt forCase(UUID caseId, CustomerId customerId, StrategyStep step, Instant at) {
        if (!step.isEscalation()) {
            throw new IllegalArgumentException("a case runs the steps after the due date, not " + step);
        }
        return of(caseId, customerId, step, at);
    }

    /**
     * This new attempt, never to be run because its case had already passed the later step of
     * {@code day}.
     */
    public ContactAttempt supersededBy(int day) {
        skip("superseded by the " + StrategyStep.label(day) + " step");
        return this;
    }

    /** A reminder of an installment, before or on its due date; no case needed. */
    public static ContactAttempt beforeDue(DueInstallment installment, StrategyStep step, Instant at) {
        if (step.isEscalation()) {
            throw new IllegalArgumentException("a reminder before the due date cannot run " + step);
        }
        ContactAttempt attempt = of(null, installment.customerId(), step, at);
        attempt.amount = installment.amountDue();
        attempt.dueDate = installment.dueDate();
        return attempt;
    }

    /**
     * A call an agent of the work queue made about a case, and its outcome: done as it is recorded,
     * on the case's days past due ({@code D+23}).
     */
    public static ContactAttempt agentCall(
            UUID caseId, CustomerId customerId, int daysPastDue, AgentCall call, Instant at) {
        ContactAttempt attempt = new ContactAttempt();
        attempt.id = UUID.randomUUID();
        attempt.caseId = caseId;
        attempt.customerId = customerId;
        attempt.channel = Channel.AGENT_QUEUE;
        attempt.template = AGENT_CALL;
        attempt.stepDay = daysPastDue;
        attempt.scheduledFor = at;
        attempt.createdAt = at;
        attempt.status = AttemptStatus.SENT;
        attempt.sentAt = at;
        attempt.agent = call.agent();
        attempt.outcome = call.outcome();
        attempt.note = call.note();
        return attempt;
    }

    public boolean isDueAt(Instant now) {
        return status.isPending() && !scheduledFor.isAfter(now);
    }

    /** An escalation step of a case, which an open promise to pay holds back. */
    public boolean isEscalation() {
        return caseId != null && stepDay > 0;
    }

    /**
     * Claims the attempt for sending until {@code until}: no other run takes it meanwhile, and it
     * counts against the customer's daily cap. The outcome is recorded by {@link #sent} or
     * {@link #deferTo}; a claim never recorded (the process died) ends by itself.
     */
    public void claimUntil(Instant until) {
        requirePending();
        claimedUntil = until;
    }

    /** Whether a run has claimed the attempt and its claim has not ended at {@code at}. */
    public boolean isClaimedAt(Instant at) {
        return claimedUntil != null && claimedUntil.isAfter(at);
    }

    public void sent(Instant at) {
        requirePending();
        status = AttemptStatus.SENT;
        sentAt = at;
        reason = null;
        claimedUntil = null;
    }

    public void deferTo(Instant until, String why) {
        requirePending();
        status = AttemptStatus.DEFERRED;
        scheduledFor = until;
        reason = why;
        deferrals++;
        claimedUntil = null;
    }

    public void skip(String why) {
        requirePending();
        status = AttemptStatus.SKIPPED;
        reason = why;
        claimedUntil = null;
    }

    private void requirePending() {
        if (!status.isPending()) {
            throw new IllegalStateException("contact attempt " + id + " is " + status + " already");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public Channel channel() {
        return channel;
    }

    public String template() {
        return template;
    }

    public int stepDay() {
        return stepDay;
    }

    public Instant scheduledFor() {
        return scheduledFor;
    }

    public AttemptStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public int deferrals() {
        return deferrals;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant claimedUntil() {
        return claimedUntil;
    }

    /** The agent who made the call; none for the strategy's own attempts. */
    public String agent() {
        return agent;
    }

    public CallOutcome outcome() {
        return outcome;
    }

    public String note() {
        return note;
    }
}
