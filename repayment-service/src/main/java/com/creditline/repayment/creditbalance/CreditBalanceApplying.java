package com.creditline.repayment.creditbalance;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import com.creditline.repayment.payment.RepaymentTaking;
import com.creditline.repayment.payment.model.TakePayment;
import com.creditline.repayment.plan.Bookkeeping;
import com.creditline.repayment.plan.PlanNotFound;
import com.creditline.repayment.plan.Plans;
import com.creditline.repayment.plan.model.Booking;
import com.creditline.repayment.plan.model.LedgerKind;
import com.creditline.repayment.plan.model.Plan;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a plan's credit balance, at the customer's request, to another of their plans: a payment
 * of that plan (the same waterfall, idempotent on the reference), paid from the credit balance.
 */
@Service
class CreditBalanceApplying {

    private final Plans plans;
    private final RepaymentTaking repayments;
    private final Bookkeeping bookkeeping;
    private final BusinessClock clock;

    CreditBalanceApplying(Plans plans, RepaymentTaking repayments, Bookkeeping bookkeeping, BusinessClock clock) {
        this.plans = plans;
        this.repayments = repayments;
        this.bookkeeping = bookkeeping;
        this.clock = clock;
    }

    @Transactional
    RepaymentTaking.Outcome apply(PlanId from, PlanId to, String reference, Money amount) {
        CustomerId customer = plans.customerOf(from).orElseThrow(PlanNotFound::new);
        if (!plans.customerOf(to).orElseThrow(PlanNotFound::new).equals(customer)) {
            throw new PlanOfAnotherCustomer();
        }
        RepaymentTaking.Outcome paid = repayments.pay(new TakePayment(to, "credit-balance:" + reference, amount));
        if (!paid.replayed()) {
            Plan source = plans.findById(from).orElseThrow(PlanNotFound::new);
            bookkeeping.record(
                    new Booking(from, clock.businessDate(), "credit-balance:" + reference, clock.now()),
                    List.of(source.creditBalance().use(amount, LedgerKind.CREDIT_BALANCE_APPLIED)));
        }
        return paid;
    }
}
