package com.creditline.risk.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeDefinitionTest {

    static final LocalDate APPROVED = LocalDate.of(2026, 1, 15);

    @Test
    void shouldCallBadNinetyDaysPastDueOrAChargeOffWithinTheWindowAtOnce() {
        assertThat(label(2, 90, false, false)).hasValue(LoanOutcome.BAD);
        assertThat(label(5, 12, true, false)).hasValue(LoanOutcome.BAD);
    }

    @Test
    void shouldCallGoodTwelveMonthsWithoutThirtyDaysPastDueOrAnEarlyPayOff() {
        assertThat(label(12, 29, false, false)).hasValue(LoanOutcome.GOOD);
        assertThat(label(4, 5, false, true)).hasValue(LoanOutcome.GOOD);
    }

    @Test
    void shouldCallIndeterminateTwelveMonthsWithThirtyToEightyNineAndWaitOtherwise() {
        assertThat(label(12, 45, false, false)).hasValue(LoanOutcome.INDETERMINATE);
        assertThat(label(11, 0, false, false)).isEmpty();
        assertThat(label(6, 45, false, true))
                .as("paid off after 45 days late: not good, not known")
                .isEmpty();
    }

    @Test
    void shouldLeaveIndeterminateOutOfTraining() {
        assertThat(LoanOutcome.INDETERMINATE.forTraining()).isEmpty();
        assertThat(LoanOutcome.BAD.forTraining()).isPresent();
    }

    private static Optional<LoanOutcome> label(
            int monthsOnBook, int worstDaysPastDue, boolean chargedOff, boolean paidOff) {
        return OutcomeDefinition.label(new PerformanceWindow(
                APPROVED, APPROVED.plusMonths(monthsOnBook), worstDaysPastDue, chargedOff, paidOff));
    }
}
