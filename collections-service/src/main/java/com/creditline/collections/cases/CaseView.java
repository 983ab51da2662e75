package com.creditline.collections.cases;

import com.creditline.collections.cases.model.CaseStatus;
import com.creditline.collections.cases.model.CollectionCase;
import com.creditline.collections.cases.model.PromiseStatus;
import com.creditline.collections.cases.model.PromiseToPay;
import com.creditline.collections.cases.model.WriteOff;
import com.creditline.collections.contact.AttemptView;
import com.creditline.collections.strategy.model.StrategyStep;
import com.creditline.common.delinquency.DelinquencyBucket;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A collections case as the API shows it: where it stands, the latest promise to pay, and every
 * contact attempt made for it.
 *
 * @param closeReason why a closed case closed ({@code CloseReason}), by name: the generated schema of an enum
 *     has no room for the null of a case still open
 * @param escalationReached the latest strategy step run for the case (D+7), none before D+1
 * @param chargedOffOn the day repayment-service charged the customer's loans off; none before
 * @param chargedOffAmount what was written off at the charge-off, principal and fees
 * @param chargedOffPrincipal the principal written off; none before the charge-off, nor for a case
 *     charged off before repayment-service decided charge-offs (only the overdue amount was known)
 * @param chargedOffFees the fees written off, likewise
 * @param recoveredTotal the payments received since the charge-off
 */
record CaseView(
        UUID caseId,
        CustomerId customerId,
        CaseStatus status,
        DelinquencyBucket bucket,
        int daysPastDue,
        Money overdueAmount,
        @Schema(types = {"string", "null"}) LocalDate oldestDueDate,
        LocalDate asOf,
        LocalDate openedOn,
        @Schema(types = {"string", "null"}) LocalDate closedOn,
        @Schema(types = {"string", "null"}) String closeReason,
        @Schema(types = {"string", "null"}) String escalationReached,
        @Schema(types = {"string", "null"}) LocalDate freezeRequestedOn,
        @Schema(types = {"string", "null"}) LocalDate chargedOffOn,
        @Schema(types = {"object", "null"}) Money chargedOffAmount,
        @Schema(types = {"object", "null"}) Money chargedOffPrincipal,
        @Schema(types = {"object", "null"}) Money chargedOffFees,
        Money recoveredTotal,
        @Schema(types = {"object", "null"}) PromiseView promise,
        List<AttemptView> attempts) {

    record PromiseView(
            UUID promiseId,
            int number,
            LocalDate promisedDate,
            Money amount,
            PromiseStatus status,
            LocalDate madeOn,
            @Schema(types = {"string", "null"}) LocalDate resolvedOn) {

        static PromiseView of(PromiseToPay p) {
            return new PromiseView(
                    p.id(), p.number(), p.promisedDate(), p.amount(), p.status(), p.madeOn(), p.resolvedOn());
        }
    }

    static CaseView of(CollectionCase c, List<AttemptView> attempts) {
        return new CaseView(
                c.id(),
                c.customerId(),
                c.status(),
                c.bucket(),
                c.daysPastDue(),
                c.overdueAmount(),
                c.oldestDueDate(),
                c.asOf(),
                c.openedOn(),
                c.closedOn(),
                c.closeReason() == null ? null : c.closeReason().name(),
                c.lastEscalationDay() > 0 ? StrategyStep.label(c.lastEscalationDay()) : null,
                c.freezeRequestedOn(),
                c.writeOff().map(WriteOff::on).orElse(null),
                c.writeOff().map(WriteOff::total).orElse(null),
                c.writeOff().map(WriteOff::principal).orElse(null),
                c.writeOff().map(WriteOff::fees).orElse(null),
                c.recoveredTotal(),
                c.latestPromise().map(PromiseView::of).orElse(null),
                attempts);
    }
}
