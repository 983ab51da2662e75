package com.creditline.creditlimit.account;

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
        STATUS_CHANGED
    }

    @Id
    private UUID changeId;

    private String customerId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Money oldLimit;
    private Money newLimit;
    private String oldStatus;
    private String newStatus;
    private String actor;
    private String reason;
    private Instant changedAt;

    protected AccountChange() {}

    static AccountChange opened(CreditAccount account, String actor, String reason, Instant at) {
        AccountChange change = new AccountChange();
        change.changeId = UUID.randomUUID();
        change.customerId = account.customerId();
        change.kind = Kind.OPENED;
        change.newLimit = account.permanentLimit();
        change.newStatus = account.status().name();
        change.actor = actor;
        change.reason = reason;
        change.changedAt = at;
        return change;
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

    public String oldStatus() {
        return oldStatus;
    }

    public String newStatus() {
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
