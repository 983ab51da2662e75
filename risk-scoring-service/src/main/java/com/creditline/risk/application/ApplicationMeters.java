package com.creditline.risk.application;

import com.creditline.risk.scoring.Grade;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Counts the applications decided, by decision and grade, for the dashboards (approvals by grade,
 * the approval rate). Every decision and grade is registered at zero from the start.
 */
@Component
class ApplicationMeters {

    /** Applications decided, tagged with the decision (approved, declined) and the grade. */
    static final String DECISIONS = "creditline.applications.decided";

    private final MeterRegistry meters;

    ApplicationMeters(MeterRegistry meters) {
        this.meters = meters;
        for (CreditApplication.Decision decision : CreditApplication.Decision.values()) {
            for (Grade grade : Grade.values()) {
                counter(decision, grade.name());
            }
        }
    }

    void decided(CreditApplication.Decision decision, Grade grade) {
        counter(decision, grade == null ? "none" : grade.name()).increment();
    }

    private Counter counter(CreditApplication.Decision decision, String grade) {
        return Counter.builder(DECISIONS)
                .description("Credit applications decided, by decision and grade")
                .tag("decision", decision.name().toLowerCase(Locale.ROOT))
                .tag("grade", grade)
                .register(meters);
    }
}
