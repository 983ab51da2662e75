package com.creditline.collections.strategy.model;

import java.util.List;

/** The default strategy of DOMAIN.md, as shipped in application.yml. */
public final class Strategies {

    private Strategies() {}

    public static final List<StrategyStep> DEFAULT_STEPS = List.of(
            new StrategyStep(-3, Channel.SMS, "reminder-due-in-3-days"),
            new StrategyStep(0, Channel.SMS, "reminder-due-today"),
            new StrategyStep(1, Channel.SMS, "overdue-1-day"),
            new StrategyStep(1, Channel.EMAIL, "overdue-1-day"),
            new StrategyStep(7, Channel.VOICE, "overdue-7-days"),
            new StrategyStep(15, Channel.AGENT_QUEUE, "overdue-15-days"),
            new StrategyStep(30, Channel.LETTER, "formal-notice"));

    public static ReminderStrategy standard() {
        return new ReminderStrategy(DEFAULT_STEPS);
    }
}
