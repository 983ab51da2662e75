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

/** One audited change of an account's limit or status: what changed, who did it, and why. */
@Entity
@Table(name = "account_change")
public class AccountChange {

    public enum Kind {
        OPENED,
        LIMIT_CHANGED,
        TEMPORARY_RAISE_ADDED,
        STATUS_CHANGED
    }

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
}
