package com.creditline.collections.strategy.model;

import java.util.List;

/**
 * What escalation a case has reached: the steps to run now (all on the latest day reached) and
 * the earlier steps that were never run and are superseded by them, so a customer who is found 20
 * days late gets the D+15 step, not every step since D+1 on the same morning.
 */
public record Escalation(List<StrategyStep> due, List<StrategyStep> superseded, int reachedDay) {

    public Escalation {
        due = List.copyOf(due);
        superseded = List.copyOf(superseded);
    }

    /** Nothing to run; the case stays at {@code reachedDay}. */
    public static Escalation none(int reachedDay) {
        return new Escalation(List.of(), List.of(), reachedDay);
    }

    public boolean isEmpty() {
        return due.isEmpty();
    }
}
