package com.creditline.risk.behaviour;

import com.creditline.common.inbox.EventHandler;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.PlanCreated;
import com.creditline.events.checkout.PlanRefunded;
import com.creditline.events.credit.CreditAccountOpened;
import com.creditline.events.credit.CreditAccountStatusChanged;
import com.creditline.events.credit.CreditLimitChanged;
import com.creditline.events.credit.CreditTopics;
import com.creditline.events.repayment.DelinquencyChanged;
import com.creditline.events.repayment.LoansChargedOff;
import com.creditline.events.repayment.OnTimeStreakReached;
import com.creditline.events.repayment.PaymentReceived;
import com.creditline.events.repayment.PrincipalReduced;
import com.creditline.events.repayment.RepaymentTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The events a customer's behaviour is kept from, each through the inbox (applied once). */
@Configuration(proxyBeanMethods = false)
class BehaviourEvents {

    @Bean
    EventHandler<CreditAccountOpened> behaviourOnLineOpened(BehaviourRecording recording) {
        return EventHandler.on(
                CreditTopics.ACCOUNTS,
                CreditAccountOpened.class,
                (e, envelope) -> recording.record(e.customerId(), (b, on) -> b.lineOpened(e.limit(), on)));
    }

    @Bean
    EventHandler<CreditLimitChanged> behaviourOnLimitChanged(BehaviourRecording recording) {
        return EventHandler.on(
                CreditTopics.ACCOUNTS,
                CreditLimitChanged.class,
                (e, envelope) -> recording.record(e.customerId(), (b, on) -> b.limitChanged(e.newLimit(), on)));
    }

    @Bean
    EventHandler<CreditAccountStatusChanged> behaviourOnLineStatusChanged(BehaviourRecording recording) {
        return EventHandler.on(
                CreditTopics.ACCOUNTS,
                CreditAccountStatusChanged.class,
                (e, envelope) -> recording.record(e.customerId(), (b, on) -> b.lineStatusChanged(e.newStatus())));
    }

    @Bean
    EventHandler<PlanCreated> behaviourOnPlanCreated(BehaviourRecording recording) {
        return EventHandler.on(
                CheckoutTopics.ORDERS,
                PlanCreated.class,
                (e, envelope) -> recording.record(e.customerId(), (b, on) -> b.planOpened(e.principal(), on)));
    }

    @Bean
    EventHandler<PlanRefunded> behaviourOnPlanRefunded(BehaviourRecording recording) {
        return EventHandler.on(
                CheckoutTopics.ORDERS,
                PlanRefunded.class,
                (e, envelope) -> recording.record(e.customerId(), (b, on) -> b.refunded(on)));
    }

    @Bean
    EventHandler<PaymentReceived> behaviourOnPayment(BehaviourRecording recording) {
        return EventHandler.on(
                RepaymentTopics.LEDGER,
                PaymentReceived.class,
                (e, envelope) -> recording.record(e.customerId(), (b, on) -> b.paid(e.amount(), on)));
    }

    @Bean
    EventHandler<PrincipalReduced> behaviourOnPrincipalReduced(BehaviourRecording recording) {
        return EventHandler.on(
                RepaymentTopics.LEDGER,
                PrincipalReduced.class,
                (e, envelope) -> recording.record(e.customerId(), (b, on) -> b.principalReduced(e.amount(), on)));
    }

    @Bean
    EventHandler<OnTimeStreakReached> behaviourOnStreak(BehaviourRecording recording) {
        return EventHandler.on(
                RepaymentTopics.LEDGER,
                OnTimeStreakReached.class,
                (e, envelope) -> recording.record(e.customerId(), (b, on) -> b.onTimeStreakReached(e.streak(), on)));
    }

    /** repayment's end of day charged the customer's loans off: on the day it says, not the day this hears it. */
    @Bean
    EventHandler<LoansChargedOff> behaviourOnChargeOff(BehaviourRecording recording) {
        return EventHandler.on(
                RepaymentTopics.LEDGER,
                LoansChargedOff.class,
                (e, envelope) -> recording.record(e.customerId(), (b, on) -> b.chargedOff(e.chargedOffOn())));
    }

    @Bean
    EventHandler<DelinquencyChanged> behaviourOnDelinquency(BehaviourRecording recording) {
        return EventHandler.on(
                RepaymentTopics.LEDGER,
                DelinquencyChanged.class,
                (e, envelope) -> recording.record(
                        e.customerId(), (b, on) -> b.delinquencyChanged(e.daysPastDue(), e.businessDate())));
    }
}
