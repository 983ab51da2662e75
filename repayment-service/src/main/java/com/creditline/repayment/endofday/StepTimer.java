package com.creditline.repayment.endofday;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Times each step of a date's run, so that the slow one shows on the dashboards. */
@Component
class StepTimer {

    /**
     * How long each step of a date's run took: lock, overdue, late-fees, days-past-due, charge-off,
     * reminders, events (writing them to the outbox), reserve, funder-settlement, advance.
     */
    static final String STEP_TIMER = "creditline.end-of-day.step";

    private final MeterRegistry meters;

    StepTimer(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Times one step ({@value #STEP_TIMER}, tagged with the step). */
    <T> T timed(String step, Supplier<T> work) {
        return Timer.builder(STEP_TIMER).tag("step", step).register(meters).record(work);
    }
}
