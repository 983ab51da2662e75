package com.creditline.repayment.payment;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.payment.model.Payment;
import com.creditline.repayment.plan.model.LedgerKind;
import com.creditline.repayment.plan.model.Posting;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A payment and how the waterfall allocated it; the same answer every time it is asked for. */
public record PaymentView(
        UUID paymentId,
        PlanId planId,
        String paymentReference,
        Money amount,
        LocalDate businessDate,
        Instant receivedAt,
        Money principalRepaid,
        Money feesWaived,
        List<AllocationView> allocations) {

    /** One part of the payment (or a fee it caused to be waived) on one installment. */
    record AllocationView(
            @Schema(
                    types = {"integer", "null"},
                    nullable = true,
                    description = "Absent for a part on the whole plan.")
            Integer installmentNumber,

            String kind,
            Money amount) {}

    static PaymentView of(Payment payment, List<Posting> postings) {
        return new PaymentView(
                payment.id(),
                payment.planId(),
                payment.reference(),
                payment.amount(),
                payment.businessDate(),
                payment.receivedAt(),
                sum(postings, LedgerKind.PAYMENT_PRINCIPAL),
                sum(postings, LedgerKind.FEE_WAIVED),
                postings.stream()
                        .map(p -> new AllocationView(
                                p.installmentNumber(), p.kind().name(), p.amount()))
                        .toList());
    }

    private static Money sum(List<Posting> postings, LedgerKind kind) {
        return Money.sum(postings.stream()
                .filter(p -> p.kind() == kind)
                .map(Posting::amount)
                .toList());
    }
}
