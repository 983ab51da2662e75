package com.creditline.creditlimit.account;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.creditlimit.account.model.AccountChange;
import com.creditline.creditlimit.account.model.AccountStatus;
import com.creditline.creditlimit.account.model.AddingTemporaryRaise;
import com.creditline.creditlimit.account.model.CapturingHold;
import com.creditline.creditlimit.account.model.ChangingStatus;
import com.creditline.creditlimit.account.model.CreditAccount;
import com.creditline.creditlimit.account.model.Hold;
import com.creditline.creditlimit.account.model.HoldCapture;
import com.creditline.creditlimit.account.model.LineKind;
import com.creditline.creditlimit.account.model.OpeningCreditLine;
import com.creditline.creditlimit.account.model.PlacingHold;
import com.creditline.creditlimit.account.model.SettingLimit;
import com.creditline.creditlimit.account.model.TemporaryRaise;
import com.creditline.events.credit.CreditAccountOpened;
import com.creditline.events.credit.CreditTopics;
import com.creditline.events.credit.HoldLapsed;
import com.creditline.events.risk.MerchantLineDecided;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a credit line, each in one transaction with the account row locked, so that two
 * requests racing for the same line are decided one after the other by the database. Each change
 * of limit or status is audited and published.
 */
@Service
public class CreditLineServicing {

    private static final Logger log = LoggerFactory.getLogger(CreditLineServicing.class);

    private final CreditAccounts accounts;
    private final AccountChangeRecording recording;
    private final Holds holds;
    private final HoldCaptures captures;
    private final Outbox outbox;
    private final BusinessClock clock;
    private final CreditLineRules rules;
    private final CashRules cash;

    CreditLineServicing(
            CreditAccounts accounts,
            AccountChangeRecording recording,
            Holds holds,
            HoldCaptures captures,
            Outbox outbox,
            BusinessClock clock,
            CreditLineRules rules,
            CashRules cash) {
        this.accounts = accounts;
        this.recording = recording;
        this.holds = holds;
        this.captures = captures;
        this.outbox = outbox;
        this.clock = clock;
        this.rules = rules;
        this.cash = cash;
    }

    /**
     * Opens the line of an approved customer; a customer who has one keeps it. A consumer line for a
     * merchant's borrower id ("mch-...") is not opened (logged, not retried): that id borrows only
     * on its merchant line.
     */
    @Transactional
    public boolean open(OpeningCreditLine opening) {
        if (opening.kind() == LineKind.CONSUMER
                && opening.customerId().value().startsWith(MerchantLineDecided.BORROWER_PREFIX)) {
            log.warn(
                    "no consumer line for the merchant borrower {}: ignored",
                    opening.customerId().value());
            return false;
        }
        if (accounts.existsById(opening.customerId())) {
            return false;
        }
        CreditAccount account = accounts.save(CreditAccount.open(opening, clock.now()));
        recording.record(AccountChange.opened(account, opening.actor(), opening.reason(), clock.now()));
        outbox.append(
                CreditTopics.ACCOUNTS,
                new CreditAccountOpened(
                        opening.customerId().value(),
                        account.permanentLimit(),
                        opening.grade(),
                        opening.pricingTier()));
        return true;
    }

    /**
     * Holds an order's amount or a cash draw's, within the line's room for the purpose and under the
     * borrower's ceiling, decided under the account's lock; placing the same hold again changes
     * nothing, unless it was released whole (an authorisation undone by checkout's recovery, retried
     * by the shop), when it holds the amount anew under the same rules.
     */
    @Transactional
    public Hold placeHold(PlacingHold placing) {
        CreditAccount account = lock(placing.customerId());
        Hold existing = holds.findById(placing.orderId()).orElse(null);
        if (existing != null && !existing.placedAgain(placing).wasReleasedWhole()) {
            return existing;
        }
        account.reserve(placing.amount(), placing.purpose(), clock.businessDate(), cash.share());
        if (existing != null) {
            existing.placeAnew(clock.businessDate(), rules.holdLifetimeDays(), clock.now());
            return existing;
        }
        return holds.save(new Hold(placing, clock.businessDate(), rules.holdLifetimeDays(), clock.now()));
    }

    /** Turns part of a hold into principal owed; a capture id seen before changes nothing. */
    @Transactional
    public Hold captureHold(CapturingHold capturing) {
        CreditAccount account = lock(capturing.customerId());
        Hold hold = holdOf(capturing.customerId(), capturing.orderId());
        HoldCapture previous = captures.findById(capturing.captureId()).orElse(null);
        if (previous != null) {
            previous.repeatedBy(capturing);
            return hold;
        }
        hold.capture(capturing.amount());
        account.capture(capturing.amount(), hold.purpose());
        captures.save(new HoldCapture(capturing, clock.now()));
        return hold;
    }

    /** Releases what an order still holds (a void); releasing a closed hold changes nothing. */
    @Transactional
    public Hold releaseHold(CustomerId customerId, OrderId orderId) {
        CreditAccount account = lock(customerId);
        Hold hold = holdOf(customerId, orderId);
        if (hold.status() == Hold.Status.OPEN) {
            account.release(hold.release(), hold.purpose());
        }
        return hold;
    }

    @Transactional(readOnly = true)
    public Hold hold(CustomerId customerId, OrderId orderId) {
        return holdOf(customerId, orderId);
    }

    /** Releases an open hold that outlived its lifetime on {@code date}; false if it did not. */
    @Transactional
    public boolean lapseHold(OrderId orderId, LocalDate date) {
        CustomerId customerId =
                holds.findById(orderId).orElseThrow(HoldNotFound::new).customerId();
        CreditAccount account = lock(customerId);
        Hold hold = holds.findById(orderId).orElseThrow(HoldNotFound::new);
        if (!hold.isExpiredOn(date)) {
            return false;
        }
        Money freed = hold.lapse();
        account.release(freed, hold.purpose());
        outbox.append(CreditTopics.ACCOUNTS, new HoldLapsed(customerId.value(), orderId.value(), freed));
        return true;
    }

    /** Principal repaid, refunded or charged off frees the line, and its cash part for a cash plan. */
    @Transactional
    public void reducePrincipal(CustomerId customerId, Money amount, Hold.Purpose lentFor) {
        lock(customerId).reducePrincipal(amount, lentFor);
    }

    @Transactional
    public CreditAccount setPermanentLimit(SettingLimit setting) {
        CreditAccount account = lock(setting.customerId());
        recording.record(account.setPermanentLimit(setting.limit(), setting.actor(), setting.reason(), clock.now()));
        return account;
    }

    /**
     * Places an officer's raise; one that starts on or before the business date has its start
     * recorded at once (and announced as {@code CreditLimitChanged} when it moves the effective limit).
     */
    @Transactional
    public CreditAccount addTemporaryRaise(AddingTemporaryRaise adding) {
        CreditAccount account = lock(adding.customerId());
        recording.record(account.addTemporaryRaise(
                new TemporaryRaise(adding.amount(), adding.startsOn(), adding.endsOn()),
                adding.actor(),
                adding.reason(),
                clock.now()));
        recording.recordAll(account.recordRaiseDates(clock.businessDate(), clock.now()));
        return account;
    }

    @Transactional
    public CreditAccount changeStatus(ChangingStatus changing) {
        CreditAccount account = lock(changing.customerId());
        recording.record(account.changeStatus(changing.status(), changing.actor(), changing.reason(), clock.now()));
        return account;
    }

    /**
     * Freezes a line (a fraud decline, collections at 90 days past due); a line frozen already or
     * closed stays as it is, and a customer without a line has nothing to freeze: neither is an error
     * (an event about them is not retried nor dead-lettered).
     */
    @Transactional
    public void freeze(CustomerId customerId, String actor, String reason) {
        changeAnyLine(customerId, "freeze", actor, account -> account.freeze(actor, reason, clock.now()));
    }

    /**
     * repayment charged off the customer's loans: the line closes for good. A line closed already
     * stays as it is, and a customer without a line has nothing to close: neither is an error (the
     * event is not retried nor dead-lettered). The principal leaves the line as repayment's
     * {@code PrincipalReduced} (cause CHARGE_OFF), before or after this on the same partition.
     */
    @Transactional
    public void closeOnChargeOff(CustomerId customerId, String actor, String reason) {
        changeAnyLine(
                customerId,
                "close on a charge-off",
                actor,
                account -> account.closeOnChargeOff(actor, reason, clock.now()));
    }

    /**
     * A customer's days past due changed: the status follows the arrears (never lifting a freeze),
     * and arrears from {@code cutLimitFromDaysPastDue} on cut the limit to what is owed.
     */
    @Transactional
    public void delinquencyChanged(CustomerId customerId, int daysPastDue) {
        CreditAccount account = lock(customerId);
        recording.record(account.followArrears(daysPastDue, clock.now()));
        if (daysPastDue >= rules.cutLimitFromDaysPastDue()) {
            recording.record(
                    account.cutLimit(Money.ZERO, AccountChange.SYSTEM, daysPastDue + " days past due", clock.now()));
        }
    }

    /** Installments paid on time in a row raise the limit by the configured share. */
    @Transactional
    public void onTimeStreak(CustomerId customerId, int streak) {
        CreditAccount account = lock(customerId);
        if (account.status() != AccountStatus.ACTIVE) {
            return;
        }
        Money raised = account.permanentLimit().times(BigDecimal.ONE.add(rules.onTimeStreakRaise()));
        Money target = Money.of(raised.amount()
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
                .multiply(BigDecimal.valueOf(100)));
        recording.record(account.raiseLimit(
                target, "repayment-behaviour", streak + " installments paid on time in a row", clock.now()));
    }

    /**
     * risk-scoring moved the grade of record (the behaviour score or an officer's review): the line
     * follows the new grade's recommendation, down or up.
     */
    @Transactional
    public void regraded(CustomerId customerId, String grade, Money recommendedLimit, String reason) {
        CreditAccount account = lock(customerId);
        recording.record(account.followGrade(grade, recommendedLimit, "risk-scoring", reason, clock.now()));
    }

    /** Records the change of the customer's line, if they have one; none is no error, only logged. */
    private void changeAnyLine(
            CustomerId customerId, String what, String actor, Function<CreditAccount, AccountChange> change) {
        accounts.lockById(customerId)
                .ifPresentOrElse(
                        account -> recording.record(change.apply(account)),
                        () -> log.info("no credit line to {} for {}", what, actor));
    }

    private CreditAccount lock(CustomerId customerId) {
        return accounts.lockById(customerId).orElseThrow(AccountNotFound::new);
    }

    private Hold holdOf(CustomerId customerId, OrderId orderId) {
        return holds.findById(orderId).filter(h -> h.belongsTo(customerId)).orElseThrow(HoldNotFound::new);
    }
}
