package com.creditline.risk.behaviour.model;

import com.creditline.risk.scoring.scorecard.Observation;
import java.util.Map;

/** A customer's behaviour as the behaviour scorecard reads it. */
public final class BehaviourObservations {

    private BehaviourObservations() {}

    public static Observation of(BehaviourSnapshot b) {
        return new Observation(
                Map.of(
                        "daysPastDue", (double) b.daysPastDue(),
                        "worstDaysPastDue6m", (double) b.worstDaysPastDue6m(),
                        "worstDaysPastDue12m", (double) b.worstDaysPastDue12m(),
                        "onTimeStreak", (double) b.onTimeStreak(),
                        "utilisation", b.utilisation().doubleValue(),
                        "monthsOnBook", (double) b.monthsOnBook(),
                        "plans", (double) b.plans(),
                        "refunds", (double) b.refunds(),
                        "payments", (double) b.payments()),
                Map.of());
    }
}
