package com.creditline.creditlimit.account;

import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A customer's credit line: the limit granted, what is spent (outstanding principal) and what is
 * reserved by open orders (holds). {@code available = limit - outstanding - held}, never below zero.
 */
@Entity
@Table(name = "credit_account")
public class CreditAccount {

    @Id
    private String customerId;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    private Money permanentLimit;
    private Money outstanding;
    private Money held;
    private String grade;
    private Instant openedAt;

    @Version
    private long version;

    protected CreditAccount() {}

    static CreditAccount open(String customerId, Money limit, String grade, Instant at) {
        CreditAccount account = new CreditAccount();
        account.customerId = customerId;
        account.status = AccountStatus.ACTIVE;
        account.permanentLimit = limit;
        account.outstanding = Money.ZERO;
        account.held = Money.ZERO;
        account.grade = grade;
        account.openedAt = at;
        return account;
    }

    public Money effectiveLimit() {
        return permanentLimit;
    }

    public Money available() {
        return effectiveLimit().minus(outstanding).minus(held).atLeastZero();
    }

    public String customerId() {
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

    public Instant openedAt() {
        return openedAt;
    }
}
