package com.creditline.repayment.payment;

import com.creditline.common.id.CustomerId;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.repayment.PaymentReceived;
import com.creditline.events.repayment.PrincipalReduced;
import com.creditline.events.repayment.RepaymentTopics;
import com.creditline.repayment.customer.StandingTracking;
import com.creditline.repayment.customer.model.Arrears;
import com.creditline.repayment.customer.model.CustomerStanding;
import com.creditline.repayment.payment.model.Payment;
import com.creditline.repayment.payment.model.TakePayment;
import com.creditline.repayment.plan.Bookkeeping;
import com.creditline.repayment.plan.Ledger;
import com.creditline.repayment.plan.PlanNotFound;
import com.creditline.repayment.plan.Plans;
import com.creditline.repayment.plan.model.Booking;
import com.creditline.repayment.plan.model.LedgerEntry;
import com.creditline.repayment.plan.model.PaymentAllocation;
import com.creditline.repayment.plan.model.Plan;
import com.creditline.repayment.plan.model.PrincipalReduction;
import com.creditline.repayment.plan.model.Settlement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes payments: once per payment reference, under the customer's lock, allocated by the plan's
 * waterfall, recorded in the ledger, and published.
 */
@Service
public class RepaymentTaking {

    private final Plans plans;
    private final Payments payments;
    private final Ledger ledger;
    private final Bookkeeping bookkeeping;
    private final StandingTracking standingTracking;
    private final Outbox outbox;
    private final BusinessClock clock;

    RepaymentTaking(
            Plans plans,
            Payments payments,
            Ledger ledger,
            Bookkeeping bookkeeping,
            StandingTracking standingTracking,
            Outbox outbox,
            BusinessClock clock) {
        this.plans = plans;
        this.payments = payments;
        this.ledger = ledger;
        this.bookkeeping = bookkeeping;
        this.standingTracking = standingTracking;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A payment and whether it was taken now or answered from an earlier identical request. */
    public record Outcome(PaymentView payment, boolean replayed) {}

    @Transactional
    public Outcome pay(TakePayment request) {
        Optional<Outcome> earlier = earlier(request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CustomerId customerId = plans.customerOf(request.planId()).orElseThrow(PlanNotFound::new);
        CustomerStanding standing = standingTracking.lock(customerId);
        // A twin request may have been taken while this one waited for the lock.
        earlier = earlier(request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Plan plan = plans.findById(request.planId()).orElseThrow(PlanNotFound::new);
        LocalDate today = clock.businessDate();
        Arrears before = standingTracking.arrears(customerId, today);
        PaymentAllocation allocation = plan.pay(request.amount(), today);
        Payment payment = payments.save(Payment.received(request, customerId, today, clock.now()));
        bookkeeping.record(
                new Booking(plan.id(), today, ledgerReference(payment.reference()), clock.now()),
                allocation.postings());
        for (Settlement settled : allocation.settled()) {
            if (settled.periodStarted()) {
                standingTracking.installmentPaid(standing, settled.onTime());
            }
        }
        Arrears after = standingTracking.arrearsChanged(standing, before, today);
        outbox.append(
                RepaymentTopics.LEDGER,
                new PaymentReceived(
                        customerId.value(),
                        payment.id(),
                        payment.reference(),
                        payment.amount(),
                        after.overdueAmount()));
        if (allocation.principalRepaid().isPositive()) {
            outbox.append(
                    RepaymentTopics.LEDGER,
                    new PrincipalReduced(
                            customerId.value(),
                            plan.id().value(),
                            allocation.principalRepaid(),
                            PrincipalReduction.REPAYMENT.name(),
                            plan.terms().product().name()));
        }
        return new Outcome(PaymentView.of(payment, allocation.postings()), false);
    }

    @Transactional(readOnly = true)
    PaymentView payment(UUID paymentId) {
        return view(payments.findById(paymentId).orElseThrow(PaymentNotFound::new));
    }

    /** The customer's payments, the latest first, at most {@code limit}, each as {@link #payment} answers it. */
    @Transactional(readOnly = true)
    List<PaymentView> customerPayments(CustomerId customerId, int limit) {
        return payments.findByCustomerIdOrderByReceivedAtDescPaymentIdDesc(customerId, Limit.of(limit)).stream()
                .map(this::view)
                .toList();
    }

    /** Ledger references name their source, so a client's reference never collides with another kind. */
    static String ledgerReference(String paymentReference) {
        return "payment:" + paymentReference;
    }

    private Optional<Outcome> earlier(TakePayment request) {
        return payments.findByPaymentReference(request.paymentReference()).map(payment -> {
            if (!payment.sameRequest(request)) {
                throw new PaymentReferenceReused();
            }
            return new Outcome(view(payment), true);
        });
    }

    private PaymentView view(Payment payment) {
        return PaymentView.of(
                payment,
                ledger.findByReferenceOrderByEntryId(ledgerReference(payment.reference())).stream()
                        .filter(e -> e.planId().equals(payment.planId()))
                        .map(LedgerEntry::posting)
                        .toList());
    }
}
