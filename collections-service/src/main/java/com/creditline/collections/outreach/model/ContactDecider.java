package com.creditline.collections.outreach.model;

import com.creditline.collections.cases.model.CaseStatus;
import com.creditline.collections.cases.model.CollectionCase;
import com.creditline.collections.contact.model.ContactAttempt;
import com.creditline.collections.contact.model.ContactMessage;
import com.creditline.collections.contact.model.ContactRules;
import com.creditline.collections.contact.model.ContactWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What becomes of a contact attempt at a given moment, in plain Java: nothing if it is not due
 * (scheduled later, or decided meanwhile); skipped if its case no longer wants it (closed, charged
 * off, or a promise to pay holding back an escalation step) or, for a reminder, the customer was
 * charged off; deferred outside the customer's
 * contact window or once the daily cap is reached; else sent, with the case's current figures.
 * The processing step gathers what it needs (the case, the customer's zone, their contacts so far
 * that day) and carries the decision out.
 */
public final class ContactDecider {

    /** The outcome of one decision. */
    public sealed interface Decision {}

    /** Not due at the moment: left as it is. */
    public record NotDue() implements Decision {}

    public record Skip(String reason) implements Decision {}

    public record Defer(Instant until, String reason) implements Decision {}

    /** Hand {@code message} to the attempt's channel. */
    public record Send(ContactMessage message) implements Decision {}

    /**
     * What the processing step gathered about an attempt's customer.
     *
     * @param caseOfAttempt the attempt's case; empty for a reminder before the due date
     * @param zone the customer's time zone
     * @param contactsToday the customer's contacts sent, or being sent, in their calendar day of the
     *     decision (see {@link ContactDecider#dayOf})
     * @param customerChargedOff whether the customer's loans were charged off: a reminder, which has
     *     no case, is then skipped too
     */
    public record Circumstances(
            Optional<CollectionCase> caseOfAttempt, ZoneId zone, long contactsToday, boolean customerChargedOff) {

        public Circumstances(Optional<CollectionCase> caseOfAttempt, ZoneId zone, long contactsToday) {
            this(caseOfAttempt, zone, contactsToday, false);
        }
    }

    private final ContactRules rules;

    public ContactDecider(ContactRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The customer's calendar day of {@code at}: the contacts made in it count against the daily cap. */
    public ContactWindow.Day dayOf(Instant at, ZoneId zone) {
        return rules.window().dayOf(at, zone);
    }

    /** What becomes of {@code attempt} at {@code now}, in the circumstances of its customer. */
    public Decision decide(ContactAttempt attempt, Circumstances circumstances, Instant now) {
        Optional<CollectionCase> caseOfAttempt = circumstances.caseOfAttempt();
        if (!attempt.isDueAt(now)) {
            return new NotDue();
        }
        Optional<String> doNotContact = caseOfAttempt.flatMap(c -> reasonNotToContact(c, attempt.isEscalation()));
        if (doNotContact.isPresent()) {
            return new Skip(doNotContact.get());
        }
        if (circumstances.customerChargedOff()) {
            return new Skip("customer charged off");
        }
        return switch (rules.decide(now, circumstances.zone(), circumstances.contactsToday())) {
            case ContactRules.Defer defer -> new Defer(defer.until(), defer.reason());
            case ContactRules.Send send -> new Send(message(attempt, caseOfAttempt));
        };
    }

    /**
     * Why a contact of a case should not go out now, if it should not: the case is no longer open
     * (cured, or charged off by repayment-service), or (for an escalation step) a promise to pay is
     * open.
     */
    static Optional<String> reasonNotToContact(CollectionCase c, boolean escalationStep) {
        if (c.status() == CaseStatus.CLOSED) {
            return Optional.of("case closed (" + c.closeReason() + ")");
        }
        if (c.status() == CaseStatus.CHARGED_OFF) {
            return Optional.of("case charged off");
        }
        if (escalationStep) {
            return c.openPromise().map(p -> "promise to pay open until " + p.promisedDate());
        }
        return Optional.empty();
    }

    private static ContactMessage message(ContactAttempt attempt, Optional<CollectionCase> caseOfAttempt) {
        return new ContactMessage(
                attempt.id(),
                attempt.customerId(),
                attempt.caseId(),
                attempt.channel(),
                attempt.template(),
                caseOfAttempt.map(CollectionCase::overdueAmount).orElse(attempt.amount()),
                caseOfAttempt.map(CollectionCase::oldestDueDate).orElse(attempt.dueDate()));
    }
}
