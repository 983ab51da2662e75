package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's credit line. {@code effective limit = permanent limit + active temporary raises},
 * at most the ceiling; what it may still lend, for purchases and as cash, is its {@link LineRoom}.
 * The account refuses any change that would break these rules; callers lock it while changing it.
 */
@Entity
@Table(name = "credit_account")
public class CreditAccount {

    public static final Money MINIMUM_LIMIT = Money.yuan(500);
    public static final Money MAXIMUM_LIMIT = Money.yuan(200_000);

    @Id
    private CustomerId customerId;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    private Money permanentLimit;
    private Money outstanding;
    private Money held;
    private String grade;
    private String pricingTier;
    private Instant openedAt;

    @Enumerated(EnumType.STRING)
    private LineKind kind;

    private LocalDate merchantDecidedOn;

    @Embedded
    private CashPortion cash = new CashPortion();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private List<TemporaryRaise> raises = new ArrayList<>();

    @Version
    private long version;

    protected CreditAccount() {}

    public static CreditAccount open(OpeningCreditLine opening, Instant at) {
        CreditAccount account = new CreditAccount();
        account.customerId = opening.customerId();
        account.status = AccountStatus.ACTIVE;
        account.kind = opening.kind();
        account.permanentLimit = account.kind.openingLimit(opening.limit());
        account.outstanding = Money.ZERO;
        account.held = Money.ZERO;
        account.grade = opening.grade();
        account.pricingTier = opening.pricingTier();
        account.openedAt = at;
        return account;
    }

    public Money effectiveLimit(LocalDate on) {
        return calendar().limitOn(on);
    }

    private RaiseCalendar calendar() {
        return new RaiseCalendar(customerId, permanentLimit, raises, kind.ceiling(permanentLimit));
    }

    /** What the line may still lend on {@code on} ({@link LineRoom}); nothing on a closed line. */
    public LineRoom room(LocalDate on, CashShare share) {
        if (status == AccountStatus.CLOSED) {
            return LineRoom.NONE;
        }
        Money used = outstanding.plus(held);
        return kind.room(calendar().grantedOn(on).minus(used), used, effectiveLimit(on), share, cash.used());
    }

    public Money available(LocalDate on) {
        return room(on, CashShare.NONE).available();
    }

    /** Reserves money for an order or a cash draw; only an ACTIVE account with the room for it may lend. */
    public void reserve(Money amount, Hold.Purpose purpose, LocalDate on, CashShare share) {
        requirePositive(amount);
        if (status != AccountStatus.ACTIVE) {
            throw new AccountNotActive(status);
        }
        kind.admit(purpose);
        room(on, share).admit(amount, purpose);
        held = held.plus(amount);
        cash.hold(amount, purpose);
    }

    /** A held amount becomes principal owed; a hold left open on a closed line is never captured but lapses. */
    public void capture(Money amount, Hold.Purpose purpose) {
        requirePositive(amount);
        if (status == AccountStatus.CLOSED) {
            throw new AccountClosed();
        }
        held = held.minus(amount);
        outstanding = outstanding.plus(amount);
        cash.capture(amount, purpose);
    }

    /** A held amount is no longer needed (void, lapse). */
    public void release(Money amount, Hold.Purpose purpose) {
        held = held.minus(amount).atLeastZero();
        cash.release(amount, purpose);
    }

    /** Principal repaid, refunded or charged off frees the line, whatever its status; returns what was applied. */
    public Money reducePrincipal(Money amount, Hold.Purpose lentFor) {
        Money applied = amount.min(outstanding);
        outstanding = outstanding.minus(applied);
        cash.reduce(amount, lentFor, outstanding);
        return applied;
    }

    /** Ops sets the permanent limit: within the product's range and never below what is owed. */
    public AccountChange setPermanentLimit(Money newLimit, String actor, String reason, Instant at) {
        return changeLimit(ProductRange.settable(newLimit, outstanding), actor, reason, at);
    }

    /** A rule cuts the limit (delinquency, a worse grade), never below what is owed nor the minimum; or null. */
    public AccountChange cutLimit(Money target, String actor, String reason, Instant at) {
        Money newLimit = ProductRange.cutTo(target, outstanding);
        return newLimit.isLessThan(permanentLimit) ? changeLimit(newLimit, actor, reason, at) : null;
    }

    /** A rule raises the limit (on-time repayment); capped at the product's maximum. Null when capped already. */
    public AccountChange raiseLimit(Money target, String actor, String reason, Instant at) {
        Money newLimit = target.min(MAXIMUM_LIMIT);
        return newLimit.isGreaterThan(permanentLimit) ? changeLimit(newLimit, actor, reason, at) : null;
    }

    /** A merchant line takes risk's decided limit (never below what is owed); null if it stays or is older. */
    public AccountChange followMerchantDecision(MerchantLineDecision decision, Instant at) {
        if (!decision.supersedes(merchantDecidedOn)) {
            return null;
        }
        merchantDecidedOn = decision.decidedOn();
        grade = decision.grade();
        Money newLimit = decision.limit().max(outstanding);
        return newLimit.compareTo(permanentLimit) == 0
                ? null
                : changeLimit(newLimit, MerchantLineDecision.ACTOR, decision.reason(), at);
    }

    private AccountChange changeLimit(Money newLimit, String actor, String reason, Instant at) {
        Money old = permanentLimit;
        permanentLimit = newLimit;
        return AccountChange.limitChanged(customerId, old, newLimit, actor, reason, at);
    }

    public AccountChange addTemporaryRaise(TemporaryRaise raise, String actor, String reason, Instant at) {
        if (status == AccountStatus.CLOSED) {
            throw new AccountNotActive(status);
        }
        raises.add(raise);
        return AccountChange.raiseAdded(customerId, permanentLimit, raise, actor, reason, at);
    }

    /** A campaign's offer ({@link CampaignRaiseDecision}): placed, capped or not, one change records it. */
    public AccountChange placeCampaignRaise(CampaignRaiseOffer offer, LocalDate today, Instant at) {
        CampaignRaiseDecision decision = CampaignRaiseDecision.of(offer, status, permanentLimit, calendar(), today);
        if (!decision.placed()) {
            return AccountChange.campaignRaiseNotPlaced(customerId, offer, decision.why(), at);
        }
        TemporaryRaise raise = TemporaryRaise.forCampaign(offer, decision.amount());
        raises.add(raise);
        return AccountChange.raiseAdded(customerId, permanentLimit, raise, offer.actor(), decision.why(), at)
                .decidingOffer(offer);
    }

    /** The starts the business date has reached and the lapses it has passed, each recorded once. */
    public List<AccountChange> recordRaiseDates(LocalDate businessDate, Instant at) {
        return calendar().recordDates(businessDate, at);
    }

    /** Freezes the line ({@link AccountStatus#FROZEN}); null when it is frozen already or closed. */
    public AccountChange freeze(String actor, String reason, Instant at) {
        return status.freezable() ? changeStatus(AccountStatus.FROZEN, actor, reason, at) : null;
    }

    /** The days past due moved: the status follows them ({@link AccountStatus#afterArrears}); null when it stays. */
    public AccountChange followArrears(int daysPastDue, Instant at) {
        AccountStatus next = status.afterArrears(daysPastDue);
        String why = daysPastDue > 0 ? daysPastDue + " days past due" : "arrears cured";
        return next == status ? null : changeStatus(next, AccountChange.SYSTEM, why, at);
    }

    /**
     * The loans were charged off: the line closes for good ({@link AccountStatus#CLOSED}). Null
     * when it is closed already, so a charge-off told again is no error.
     */
    public AccountChange closeOnChargeOff(String actor, String reason, Instant at) {
        return status == AccountStatus.CLOSED ? null : changeStatus(AccountStatus.CLOSED, actor, reason, at);
    }

    /**
     * Moves to another status as an officer may (lifting a freeze included); null when the account
     * is there already. CLOSED is final.
     */
    public AccountChange changeStatus(AccountStatus newStatus, String actor, String reason, Instant at) {
        if (status == newStatus) {
            return null;
        }
        if (status == AccountStatus.CLOSED) {
            throw new AccountClosed();
        }
        AccountStatus old = status;
        status = newStatus;
        return AccountChange.statusChanged(customerId, old, newStatus, actor, reason, at);
    }

    /**
     * The customer's grade of record moved: the line follows the new grade's recommendation, down
     * (never below what is owed) or, while the line is active, up (within the product's maximum).
     * Null when the limit stays.
     */
    public AccountChange followGrade(String newGrade, Money recommended, String actor, String reason, Instant at) {
        grade = newGrade;
        pricingTier = "TIER_" + newGrade;
        if (recommended.isLessThan(permanentLimit)) {
            return cutLimit(recommended, actor, reason, at);
        }
        return status == AccountStatus.ACTIVE ? raiseLimit(recommended, actor, reason, at) : null;
    }

    private static void requirePositive(Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("the amount must be positive");
        }
    }

    public CustomerId customerId() {
        return customerId;
    }

    public AccountStatus status() {
        return status;
    }

    public Money permanentLimit() {
        return permanentLimit;
    }

    public Money outstanding() {
        return outstanding;
    }

    public Money held() {
        return held;
    }

    public String grade() {
        return grade;
    }

    public String pricingTier() {
        return pricingTier;
    }

    public LineKind kind() {
        return kind;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public CashPortion cash() {
        return cash;
    }

    public List<TemporaryRaise> raises() {
        return List.copyOf(raises);
    }
}
