package com.creditline.repayment.endofday;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Times each run and each step of a date's run, so that the slow one shows on the dashboards. */
@Component
class StepTimer {

    /**
     * How long each step of a date's run took: lock, overdue, late-fees, days-past-due, charge-off,
     * reminders, events (writing them to the outbox), reserve, funder-settlement, advance.
     */
    static final String STEP_TIMER = "creditline.end-of-day.step";

    /**
     * How long each run took, tagged with how it ended (completed, nothing_to_do, failed): every
     * outcome is registered at zero from the start, so that a first failure shows as an increase.
     */
    static final String RUN_TIMER = "creditline.end-of-day.run";

    private final MeterRegistry meters;

    StepTimer(MeterRegistry meters) {
        this.meters = meters;
        for (EndOfDayRuns.Outcome outcome : EndOfDayRuns.Outcome.values()) {
            if (outcome != EndOfDayRuns.Outcome.RUNNING) {
                runTimer(outcome);
            }
        }
    }

    /** Times one step ({@value #STEP_TIMER}, tagged with the step). */
    <T> T timed(String step, Supplier<T> work) {
        return Timer.builder(STEP_TIMER).tag("step", step).register(meters).record(work);
    }

    /** Starts timing a run; {@link #runEnded} records it. */
    Timer.Sample runStarted() {
        return Timer.start(meters);
    }

    /** Records a run ({@value #RUN_TIMER}) with how it ended. */
    void runEnded(Timer.Sample run, EndOfDayRuns.Outcome outcome) {
        run.stop(runTimer(outcome));
    }

    private Timer runTimer(EndOfDayRuns.Outcome outcome) {
        return Timer.builder(RUN_TIMER)
                .description("End-of-day runs, by how they ended")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(meters);
    }
}
