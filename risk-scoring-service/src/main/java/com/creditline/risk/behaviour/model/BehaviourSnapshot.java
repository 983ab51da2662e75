package com.creditline.risk.behaviour.model;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's behaviour as of a business date: the features of the behaviour score.
 *
 * @param utilisation outstanding principal over the limit (0 without a limit), to 4 places
 */
public record BehaviourSnapshot(
        LocalDate asOf,
        int monthsOnBook,
        int onTimeStreak,
        int daysPastDue,
        int worstDaysPastDue6m,
        int worstDaysPastDue12m,
        BigDecimal utilisation,
        Money creditLimit,
        Money outstandingPrincipal,
        int plans,
        int refunds,
        int payments,
        Money paid) {}
