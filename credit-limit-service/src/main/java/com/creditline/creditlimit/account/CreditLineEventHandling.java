package com.creditline.creditlimit.account;

import static com.creditline.common.inbox.EventHandler.on;

import com.creditline.common.id.CustomerId;
import com.creditline.common.inbox.EventHandler;
import com.creditline.common.money.Money;
import com.creditline.creditlimit.account.model.CampaignRaiseOffer;
import com.creditline.creditlimit.account.model.Hold;
import com.creditline.creditlimit.account.model.MerchantLineDecision;
import com.creditline.creditlimit.account.model.OpeningCreditLine;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.OrderDeclinedForFraud;
import com.creditline.events.collections.AccountFreezeRequested;
import com.creditline.events.collections.CollectionsTopics;
import com.creditline.events.repayment.DelinquencyChanged;
import com.creditline.events.repayment.LoansChargedOff;
import com.creditline.events.repayment.OnTimeStreakReached;
import com.creditline.events.repayment.PrincipalReduced;
import com.creditline.events.repayment.RepaymentTopics;
import com.creditline.events.risk.CampaignRaiseOffered;
import com.creditline.events.risk.CreditApplicationApproved;
import com.creditline.events.risk.MerchantLineDecided;
import com.creditline.events.risk.RiskGradeChanged;
import com.creditline.events.risk.RiskTopics;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the other services tell the credit line, and what it does about it. */
@Configuration(proxyBeanMethods = false)
class CreditLineEventHandling {

    @Bean
    EventHandler<CreditApplicationApproved> openOnApproval(CreditLineServicing lines) {
        return on(
                RiskTopics.DECISIONS,
                CreditApplicationApproved.class,
                (e, envelope) -> lines.open(new OpeningCreditLine(
                        CustomerId.of(e.customerId()),
                        e.recommendedLimit(),
                        e.grade(),
                        e.pricingTier(),
                        "risk-scoring",
                        "application " + e.applicationId() + " approved")));
    }

    @Bean
    EventHandler<RiskGradeChanged> followGradeOfRecord(CreditLineServicing lines) {
        return on(
                RiskTopics.DECISIONS,
                RiskGradeChanged.class,
                (e, envelope) ->
                        lines.regraded(CustomerId.of(e.customerId()), e.newGrade(), e.recommendedLimit(), e.reason()));
    }

    /**
     * risk-scoring decided a merchant's line: an approved decision opens the MERCHANT line or sets its
     * limit; a declined one opens nothing and does not cut a line the merchant has (a cut is an
     * officer's or a later approved decision's).
     */
    @Bean
    EventHandler<MerchantLineDecided> followMerchantLineDecision(MerchantLineServicing merchantLines) {
        return on(RiskTopics.DECISIONS, MerchantLineDecided.class, (e, envelope) -> {
            if (e.approved()) {
                merchantLines.decided(new MerchantLineDecision(
                        CustomerId.of(e.customerId()),
                        e.decisionId(),
                        e.limit(),
                        e.grade(),
                        e.modelId(),
                        e.modelVersion(),
                        e.reasons(),
                        e.businessDate()));
            }
        });
    }

    /**
     * A cash plan's or a merchant loan's principal (a merchant line is drawn as cash) also comes off
     * the line's cash part; any other plan's, off the line only.
     */
    @Bean
    EventHandler<PrincipalReduced> restoreOnPrincipalReduced(CreditLineServicing lines) {
        return on(
                RepaymentTopics.LEDGER,
                PrincipalReduced.class,
                (e, envelope) -> lines.reducePrincipal(
                        CustomerId.of(e.customerId()),
                        e.amount(),
                        "CASH".equals(e.product()) || "MERCHANT".equals(e.product())
                                ? Hold.Purpose.CASH
                                : Hold.Purpose.PURCHASE));
    }

    @Bean
    EventHandler<DelinquencyChanged> followDelinquency(CreditLineServicing lines) {
        return on(
                RepaymentTopics.LEDGER,
                DelinquencyChanged.class,
                (e, envelope) -> lines.delinquencyChanged(CustomerId.of(e.customerId()), e.daysPastDue()));
    }

    @Bean
    EventHandler<OnTimeStreakReached> raiseOnTimeStreak(CreditLineServicing lines) {
        return on(
                RepaymentTopics.LEDGER,
                OnTimeStreakReached.class,
                (e, envelope) -> lines.onTimeStreak(CustomerId.of(e.customerId()), e.streak()));
    }

    @Bean
    EventHandler<AccountFreezeRequested> freezeAtNinetyDays(CreditLineServicing lines) {
        return on(
                CollectionsTopics.CASES,
                AccountFreezeRequested.class,
                (e, envelope) ->
                        lines.freeze(CustomerId.of(e.customerId()), "collections", e.daysPastDue() + " days past due"));
    }

    /** A decline for fraud freezes the line until an officer lifts the freeze. */
    @Bean
    EventHandler<OrderDeclinedForFraud> freezeOnFraudDecline(CreditLineServicing lines) {
        return on(
                CheckoutTopics.ORDERS,
                OrderDeclinedForFraud.class,
                (e, envelope) -> lines.freeze(
                        CustomerId.of(e.customerId()),
                        "fraud-check",
                        "fraud decline of order " + e.orderId() + ": " + String.join(", ", e.reasons())));
    }

    @Bean
    EventHandler<CampaignRaiseOffered> placeCampaignRaise(TemporaryRaising raising) {
        return on(
                RiskTopics.DECISIONS,
                CampaignRaiseOffered.class,
                (e, envelope) -> raising.offer(new CampaignRaiseOffer(
                        CustomerId.of(e.customerId()),
                        e.campaignId(),
                        e.campaignName(),
                        e.percent(),
                        e.amount() == null ? null : Money.of(e.amount().setScale(2, RoundingMode.DOWN)),
                        e.startsOn(),
                        e.endsOn())));
    }

    /**
     * repayment's end of day charged the customer's loans off: the line closes for good. The
     * principal written off comes back as {@code PrincipalReduced} (cause CHARGE_OFF), which a
     * closed line still takes, so the line ends owing nothing.
     */
    @Bean
    EventHandler<LoansChargedOff> closeOnChargeOff(CreditLineServicing lines) {
        return on(
                RepaymentTopics.LEDGER,
                LoansChargedOff.class,
                (e, envelope) ->
                        lines.closeOnChargeOff(CustomerId.of(e.customerId()), "repayment", chargeOffReason(e)));
    }

    /** For example "charged off at 183 days past due: 1,234.56 principal and 12.30 fees written off on 2027-06-01". */
    static String chargeOffReason(LoansChargedOff e) {
        return String.format(
                Locale.ROOT,
                "charged off at %d days past due: %,.2f principal and %,.2f fees written off on %s",
                e.daysPastDue(),
                e.principalWrittenOff().amount(),
                e.feesWrittenOff().amount(),
                e.chargedOffOn());
    }
}
