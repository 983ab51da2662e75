package com.creditline.repayment.creditbalance;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import com.creditline.repayment.creditbalance.model.Payout;
import com.creditline.repayment.customer.StandingTracking;
import com.creditline.repayment.journal.Journal;
import com.creditline.repayment.journal.model.Account;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.plan.Bookkeeping;
import com.creditline.repayment.plan.PlanNotFound;
import com.creditline.repayment.plan.Plans;
import com.creditline.repayment.plan.model.Booking;
import com.creditline.repayment.plan.model.LedgerKind;
import com.creditline.repayment.plan.model.Plan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays a plan's credit balance out to the customer: the balance goes down and the money is in
 * transit when the payout is requested; the provider's answer then either pays it (it leaves the
 * platform's cash) or fails it (the customer's credit balance again). Each step is booked.
 */
@Service
class CreditBalancePayingOut {

    /** A payout and whether it was requested now or answered from an earlier identical request. */
    record Outcome(Payout payout, boolean replayed) {}

    private final Payouts payouts;
    private final Plans plans;
    private final StandingTracking standings;
    private final Bookkeeping bookkeeping;
    private final Journal journal;
    private final BusinessClock clock;

    CreditBalancePayingOut(
            Payouts payouts,
            Plans plans,
            StandingTracking standings,
            Bookkeeping bookkeeping,
            Journal journal,
            BusinessClock clock) {
        this.payouts = payouts;
        this.plans = plans;
        this.standings = standings;
        this.bookkeeping = bookkeeping;
        this.journal = journal;
        this.clock = clock;
    }

    /** Requests a payout of {@code amount} (all of the balance when null) under the caller's reference. */
    @Transactional
    Outcome request(PlanId planId, String reference, Money amount) {
        CustomerId customer = plans.customerOf(planId).orElseThrow(PlanNotFound::new);
        standings.lock(customer);
        Optional<Payout> earlier = payouts.findByPayoutReference(reference);
        if (earlier.isPresent()) {
            if (!earlier.get().sameRequest(planId, amount)) {
                throw new PayoutReferenceReused();
            }
            return new Outcome(earlier.get(), true);
        }
        Plan plan = plans.findById(planId).orElseThrow(PlanNotFound::new);
        Money asked = amount == null ? plan.creditBalance().amount() : amount;
        LocalDate today = clock.businessDate();
        bookkeeping.record(
                new Booking(planId, today, "payout:" + reference, clock.now()),
                List.of(plan.creditBalance().use(asked, LedgerKind.CREDIT_BALANCE_PAID_OUT)));
        return new Outcome(
                payouts.save(Payout.requested(reference, planId, customer, asked, today, clock.now())), false);
    }

    /** The provider's answer for a payout, given once. */
    @Transactional
    Payout decide(UUID payoutId, boolean paid, String reason) {
        Payout payout = payouts.findById(payoutId).orElseThrow(PayoutNotFound::new);
        standings.lock(payout.customerId());
        payout.decided(paid, reason, clock.now());
        LocalDate today = clock.businessDate();
        if (paid) {
            journal.save(JournalEntry.draft(today, "payout:" + payout.reference(), "payout paid", clock.now())
                    .about(payout.planId())
                    .debit(Account.PAYOUTS_IN_TRANSIT, payout.amount())
                    .credit(Account.CASH_CLEARING, payout.amount())
                    .post());
        } else {
            Plan plan = plans.findById(payout.planId()).orElseThrow(PlanNotFound::new);
            bookkeeping.record(
                    new Booking(plan.id(), today, "payout-failed:" + payout.reference(), clock.now()),
                    List.of(plan.creditBalance().restore(payout.amount())));
        }
        return payout;
    }

    @Transactional(readOnly = true)
    Payout payout(UUID payoutId) {
        return payouts.findById(payoutId).orElseThrow(PayoutNotFound::new);
    }
}
