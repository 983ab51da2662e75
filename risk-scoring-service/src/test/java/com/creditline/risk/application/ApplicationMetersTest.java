package com.creditline.risk.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.risk.scoring.Grade;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class ApplicationMetersTest {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final ApplicationMeters meters = new ApplicationMeters(registry);

    @Test
    void shouldShowEveryDecisionAndGradeAtZeroBeforeAnyApplication() {
        assertThat(registry.get(ApplicationMeters.DECISIONS).counters())
                .hasSize(CreditApplication.Decision.values().length * Grade.values().length)
                .allSatisfy(c -> assertThat(c.count()).isZero());
    }

    @Test
    void shouldCountAnApprovalUnderItsGrade() {
        meters.decided(CreditApplication.Decision.APPROVED, Grade.B);
        meters.decided(CreditApplication.Decision.APPROVED, Grade.B);
        meters.decided(CreditApplication.Decision.DECLINED, Grade.E);

        assertThat(count("approved", "B")).isEqualTo(2);
        assertThat(count("approved", "A")).isZero();
        assertThat(count("declined", "E")).isEqualTo(1);
    }

    private double count(String decision, String grade) {
        return registry.get(ApplicationMeters.DECISIONS)
                .tag("decision", decision)
                .tag("grade", grade)
                .counter()
                .count();
    }
}
