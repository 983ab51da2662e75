package com.creditline.creditlimit.account.model;

import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A dated raise of the limit (618, Double 11) that lapses by itself after its last day. */
@Entity
@Table(name = "temporary_raise")
public class TemporaryRaise {

    @Id
    private UUID raiseId;

    private Money amount;
    private LocalDate startsOn;
    private LocalDate endsOn;

    protected TemporaryRaise() {}

    public TemporaryRaise(Money amount, LocalDate startsOn, LocalDate endsOn) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a raise is a positive amount");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a raise ends on or after the day it starts");
        }
        this.raiseId = UUID.randomUUID();
        this.amount = amount;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    boolean isActiveOn(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public Money amount() {
        return amount;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }
}
