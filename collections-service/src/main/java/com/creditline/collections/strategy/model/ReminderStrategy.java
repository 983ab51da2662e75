package com.creditline.collections.strategy.model;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reminder strategy: a list of steps, each a day relative to the due date, a channel and a
 * template. Steps on or before the due date (D-3, D0) are reminders sent from the repayment
 * service's due-soon notices; steps after it (D+1 onwards) are the escalation of a collections
 * case, each run at most once per case.
 */
public final class ReminderStrategy {

    private final List<StrategyStep> steps;

    public ReminderStrategy(List<StrategyStep> steps) {
        Set<String> seen = new HashSet<>();
        for (StrategyStep step : steps) {
            if (!seen.add(step.day() + "/" + step.channel())) {
                throw new IllegalArgumentException(
                        "the strategy has two " + step.channel() + " steps on " + StrategyStep.label(step.day()));
            }
        }
        this.steps = steps.stream()
                .sorted(Comparator.comparingInt(StrategyStep::day).thenComparing(StrategyStep::channel))
                .toList();
    }

    public List<StrategyStep> steps() {
        return steps;
    }

    /** The reminders for an installment due in {@code daysBefore} days (3 for D-3, 0 for D0). */
    public List<StrategyStep> beforeDue(int daysBefore) {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("days before the due date cannot be negative: " + daysBefore);
        }
        return steps.stream().filter(s -> s.day() == -daysBefore).toList();
    }

    /**
     * The escalation due for a case {@code daysPastDue} late that has run its steps up to day
     * {@code reachedDay}: the steps of the latest day in {@code (reachedDay, daysPastDue]}, with the
     * earlier steps of that range superseded. Nothing when no step day has been passed since.
     */
    public Escalation escalationFor(int daysPastDue, int reachedDay) {
        List<StrategyStep> passed = steps.stream()
                .filter(StrategyStep::isEscalation)
                .filter(s -> s.day() > reachedDay && s.day() <= daysPastDue)
                .toList();
        if (passed.isEmpty()) {
            return Escalation.none(reachedDay);
        }
        int latest = passed.getLast().day();
        return new Escalation(
                passed.stream().filter(s -> s.day() == latest).toList(),
                passed.stream().filter(s -> s.day() < latest).toList(),
                latest);
    }
}
