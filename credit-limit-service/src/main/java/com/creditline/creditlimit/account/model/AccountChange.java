package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One audited change of an account's limit or status: what changed, who did it, and why. A
 * temporary raise leaves three: when it is placed, when it starts and when it lapses; a campaign's
 * offer leaves one decision (placed, capped or not placed), named by its campaign id.
 */
@Entity
@Table(name = "account_change")
public class AccountChange {

    public enum Kind {
        OPENED,
        LIMIT_CHANGED,
        TEMPORARY_RAISE_ADDED,
        TEMPORARY_RAISE_STARTED,
        TEMPORARY_RAISE_LAPSED,
        CAMPAIGN_RAISE_NOT_PLACED,
        STATUS_CHANGED
    }

    /** The actor of what the line does by itself (a raise starting or lapsing, arrears). */
    public static final String SYSTEM = "system";

    @Id
    private UUID changeId;

    private CustomerId customerId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Money oldLimit;
    private Money newLimit;

    @Enumerated(EnumType.STRING)
    private AccountStatus oldStatus;

    @Enumerated(EnumType.STRING)
    private AccountStatus newStatus;

    private String actor;
    private String reason;
    private Instant changedAt;
    private String campaignId;

    protected AccountChange() {}

    private static AccountChange of(CustomerId customerId, Kind kind, String actor, String reason, Instant at) {
        AccountChange change = new AccountChange();
        change.changeId = UUID.randomUUID();
        change.customerId = customerId;
        change.kind = kind;
        change.actor = actor;
        change.reason = reason;
        change.changedAt = at;
        return change;
    }

    public static AccountChange opened(CreditAccount account, String actor, String reason, Instant at) {
        AccountChange change = of(account.customerId(), Kind.OPENED, actor, reason, at);
        change.newLimit = account.permanentLimit();
        change.newStatus = account.status();
        return change;
    }

    static AccountChange limitChanged(
            CustomerId customerId, Money oldLimit, Money newLimit, String actor, String reason, Instant at) {
        AccountChange change = of(customerId, Kind.LIMIT_CHANGED, actor, reason, at);
        change.oldLimit = oldLimit;
        change.newLimit = newLimit;
        return change;
    }

    static AccountChange raiseAdded(
            CustomerId customerId,
            Money permanentLimit,
            TemporaryRaise raise,
            String actor,
            String reason,
            Instant at) {
        AccountChange change = of(
                customerId,
                Kind.TEMPORARY_RAISE_ADDED,
                actor,
                reason + " (+" + raise.amount() + " from " + raise.startsOn() + " to " + raise.endsOn() + ")",
                at);
        change.oldLimit = permanentLimit;
        change.newLimit = permanentLimit.plus(raise.amount());
        return change;
    }

    static AccountChange raiseStarted(
            CustomerId customerId, Money limitBefore, Money limitFrom, TemporaryRaise raise, Instant at) {
        AccountChange change = of(
                customerId, Kind.TEMPORARY_RAISE_STARTED, SYSTEM, "temporary raise started: " + raise.describe(), at);
        change.oldLimit = limitBefore;
        change.newLimit = limitFrom;
        return change;
    }

    static AccountChange raiseLapsed(
            CustomerId customerId, Money limitWith, Money limitAfter, TemporaryRaise raise, Instant at) {
        AccountChange change =
                of(customerId, Kind.TEMPORARY_RAISE_LAPSED, SYSTEM, "temporary raise lapsed: " + raise.describe(), at);
        change.oldLimit = limitWith;
        change.newLimit = limitAfter;
        return change;
    }

    static AccountChange campaignRaiseNotPlaced(
            CustomerId customerId, CampaignRaiseOffer offer, String why, Instant at) {
        AccountChange change = of(customerId, Kind.CAMPAIGN_RAISE_NOT_PLACED, offer.actor(), why, at);
        change.campaignId = offer.campaignId();
        return change;
    }

    /** This change is the decision on a campaign's offer: one per campaign and customer. */
    AccountChange decidingOffer(CampaignRaiseOffer offer) {
        campaignId = offer.campaignId();
        return this;
    }

    static AccountChange statusChanged(
            CustomerId customerId,
            AccountStatus oldStatus,
            AccountStatus newStatus,
            String actor,
            String reason,
            Instant at) {
        AccountChange change = of(customerId, Kind.STATUS_CHANGED, actor, reason, at);
        change.oldStatus = oldStatus;
        change.newStatus = newStatus;
        return change;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public Kind kind() {
        return kind;
    }

    public Money oldLimit() {
        return oldLimit;
    }

    public Money newLimit() {
        return newLimit;
    }

    public AccountStatus oldStatus() {
        return oldStatus;
    }

    public AccountStatus newStatus() {
        return newStatus;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** The campaign whose offer this change decided; null for any other change. */
    public String campaignId() {
        return campaignId;
    }

    /**
     * A change the platform hears of as {@code CreditLimitChanged}: a new permanent limit, or a raise
     * starting or lapsing that moves the effective limit (one capped at the ceiling may not).
     */
    public boolean announcesLimit() {
        boolean raiseDate = kind == Kind.TEMPORARY_RAISE_STARTED || kind == Kind.TEMPORARY_RAISE_LAPSED;
        return kind == Kind.LIMIT_CHANGED || (raiseDate && !oldLimit.equals(newLimit));
    }
}
