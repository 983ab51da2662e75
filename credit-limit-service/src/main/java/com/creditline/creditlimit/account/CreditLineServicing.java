package com.creditline.creditlimit.account;

import com.creditline.common.money.Money;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.creditlimit.account.model.AccountChange;
import com.creditline.creditlimit.account.model.AccountStatus;
import com.creditline.creditlimit.account.model.CaptureConflict;
import com.creditline.creditlimit.account.model.CreditAccount;
import com.creditline.creditlimit.account.model.Hold;
import com.creditline.creditlimit.account.model.HoldCapture;
import com.creditline.creditlimit.account.model.HoldConflict;
import com.creditline.creditlimit.account.model.TemporaryRaise;
import com.creditline.events.credit.CreditAccountOpened;
import com.creditline.events.credit.CreditAccountStatusChanged;
import com.creditline.events.credit.CreditLimitChanged;
import com.creditline.events.credit.CreditTopics;
import com.creditline.events.credit.HoldLapsed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a credit line, each in one transaction with the account row locked, so that two
 * requests racing for the same line are decided one after the other by the database. Each change
 * of limit or status is audited and published.
 */
@Service
public class CreditLineServicing {

    static final String SYSTEM = "system";

    private final CreditAccounts accounts;
    private final AccountChanges changes;
    private final Holds holds;
    private final HoldCaptures captures;
    private final Outbox outbox;
    private final BusinessClock clock;
    private final CreditLineRules rules;

    CreditLineServicing(
            CreditAccounts accounts,
            AccountChanges changes,
            Holds holds,
            HoldCaptures captures,
            Outbox outbox,
            BusinessClock clock,
            CreditLineRules rules) {
        this.accounts = accounts;
        this.changes = changes;
        this.holds = holds;
        this.captures = captures;
        this.outbox = outbox;
        this.clock = clock;
        this.rules = rules;
    }

    /** Opens the line of an approved customer; a customer who has one keeps it. */
    @Transactional
    public boolean open(String customerId, Money limit, String grade, String pricingTier, String actor, String reason) {
        if (accounts.existsById(customerId)) {
            return false;
        }
        CreditAccount account = accounts.save(CreditAccount.open(customerId, limit, grade, pricingTier, clock.now()));
        changes.save(AccountChange.opened(account, actor, reason, clock.now()));
        outbox.append(
                CreditTopics.ACCOUNTS,
                new CreditAccountOpened(customerId, account.permanentLimit(), grade, pricingTier));
        return true;
    }

    /** Holds an order's amount; placing the same hold again changes nothing. */
    @Transactional
    public Hold placeHold(String customerId, String orderId, Money amount) {
        CreditAccount account = lock(customerId);
        Hold existing = holds.findById(orderId).orElse(null);
        if (existing != null) {
            if (!existing.isSameRequest(customerId, amount)) {
                throw new HoldConflict();
            }
            return existing;
        }
        account.reserve(amount, clock.businessDate());
        return holds.save(
                new Hold(orderId, customerId, amount, clock.businessDate(), rules.holdLifetimeDays(), clock.now()));
    }

    /** Turns part of a hold into principal owed; a capture id seen before changes nothing. */
    @Transactional
    public Hold captureHold(String customerId, String orderId, String captureId, Money amount) {
        CreditAccount account = lock(customerId);
        Hold hold = holdOf(customerId, orderId);
        HoldCapture previous = captures.findById(captureId).orElse(null);
        if (previous != null) {
            if (!previous.isSameRequest(orderId, amount)) {
                throw new CaptureConflict();
            }
            return hold;
        }
        hold.capture(amount);
        account.capture(amount);
        captures.save(new HoldCapture(captureId, orderId, amount, clock.now()));
        return hold;
    }

    /** Releases what an order still holds (a void); releasing a closed hold changes nothing. */
    @Transactional
    public Hold releaseHold(String customerId, String orderId) {
        CreditAccount account = lock(customerId);
        Hold hold = holdOf(customerId, orderId);
        if (hold.status() == Hold.Status.OPEN) {
            account.release(hold.release());
        }
        return hold;
    }

    @Transactional(readOnly = true)
    public Hold hold(String customerId, String orderId) {
        return holdOf(customerId, orderId);
    }

    /** Releases an open hold that outlived its lifetime on {@code date}; false if it did not. */
    @Transactional
    public boolean lapseHold(String orderId, LocalDate date) {
        String customerId =
                holds.findById(orderId).orElseThrow(HoldNotFound::new).customerId();
        CreditAccount account = lock(customerId);
        Hold hold = holds.findById(orderId).orElseThrow(HoldNotFound::new);
        if (!hold.isExpiredOn(date)) {
            return false;
        }
        Money freed = hold.lapse();
        account.release(freed);
        outbox.append(CreditTopics.ACCOUNTS, new HoldLapsed(customerId, orderId, freed));
        return true;
    }

    /** Principal repaid, refunded or charged off frees the line. */
    @Transactional
    public void reducePrincipal(String customerId, Money amount) {
        lock(customerId).reducePrincipal(amount);
    }

    @Transactional
    public CreditAccount setPermanentLimit(String customerId, Money limit, String actor, String reason) {
        CreditAccount account = lock(customerId);
        record(account.setPermanentLimit(limit, actor, reason, clock.now()));
        return account;
    }

    @Transactional
    public CreditAccount addTemporaryRaise(
            String customerId, Money amount, LocalDate startsOn, LocalDate endsOn, String actor, String reason) {
        CreditAccount account = lock(customerId);
        Money before = account.effectiveLimit(clock.businessDate());
        changes.save(
                account.addTemporaryRaise(new TemporaryRaise(amount, startsOn, endsOn), actor, reason, clock.now()));
        Money after = account.effectiveLimit(clock.businessDate());
        if (!after.equals(before)) {
            outbox.append(CreditTopics.ACCOUNTS, new CreditLimitChanged(customerId, before, after, actor, reason));
        }
        return account;
    }

    @Transactional
    public CreditAccount changeStatus(String customerId, AccountStatus status, String actor, String reason) {
        CreditAccount account = lock(customerId);
        record(account.changeStatus(status, actor, reason, clock.now()));
        return account;
    }

    /**
     * A customer's days past due changed: any arrears make the line DELINQUENT (no new spending),
     * a cure makes it ACTIVE again, and arrears from {@code cutLimitFromDaysPastDue} on cut the
     * limit to what is owed.
     */
    @Transactional
    public void delinquencyChanged(String customerId, int daysPastDue) {
        CreditAccount account = lock(customerId);
        if (daysPastDue > 0 && account.status() == AccountStatus.ACTIVE) {
            record(account.changeStatus(AccountStatus.DELINQUENT, SYSTEM, daysPastDue + " days past due", clock.now()));
        } else if (daysPastDue == 0 && account.status() == AccountStatus.DELINQUENT) {
            record(account.changeStatus(AccountStatus.ACTIVE, SYSTEM, "arrears cured", clock.now()));
        }
        if (daysPastDue >= rules.cutLimitFromDaysPastDue()) {
            record(account.cutLimit(Money.ZERO, SYSTEM, daysPastDue + " days past due", clock.now()));
        }
    }

    /** Installments paid on time in a row raise the limit by the configured share. */
    @Transactional
    public void onTimeStreak(String customerId, int streak) {
        CreditAccount account = lock(customerId);
        if (account.status() != AccountStatus.ACTIVE) {
            return;
        }
        Money raised = account.permanentLimit().times(BigDecimal.ONE.add(rules.onTimeStreakRaise()));
        Money target = Money.of(raised.amount()
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
                .multiply(BigDecimal.valueOf(100)));
        record(account.raiseLimit(
                target, "repayment-behaviour", streak + " installments paid on time in a row", clock.now()));
    }

    /** A behaviour review changed the grade: a worse recommendation cuts the limit (never below what is owed). */
    @Transactional
    public void regraded(String customerId, String grade, Money recommendedLimit, String reason) {
        CreditAccount account = lock(customerId);
        account.regrade(grade, "TIER_" + grade);
        record(account.cutLimit(recommendedLimit, "risk-review", reason, clock.now()));
    }

    private void record(AccountChange change) {
        if (change == null) {
            return;
        }
        changes.save(change);
        if (change.kind() == AccountChange.Kind.LIMIT_CHANGED) {
            outbox.append(
                    CreditTopics.ACCOUNTS,
                    new CreditLimitChanged(
                            change.customerId(),
                            change.oldLimit(),
                            change.newLimit(),
                            change.actor(),
                            change.reason()));
        } else if (change.kind() == AccountChange.Kind.STATUS_CHANGED) {
            outbox.append(
                    CreditTopics.ACCOUNTS,
                    new CreditAccountStatusChanged(
                            change.customerId(),
                            change.oldStatus(),
                            change.newStatus(),
                            change.actor(),
                            change.reason()));
        }
    }

    private CreditAccount lock(String customerId) {
        return accounts.lockById(customerId).orElseThrow(AccountNotFound::new);
    }

    private Hold holdOf(String customerId, String orderId) {
        return holds.findById(orderId)
                .filter(h -> h.customerId().equals(customerId))
                .orElseThrow(HoldNotFound::new);
    }
}
