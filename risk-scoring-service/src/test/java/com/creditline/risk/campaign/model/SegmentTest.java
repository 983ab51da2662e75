package com.creditline.risk.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.CustomerId;
import com.creditline.risk.scoring.Grade;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    static final Segment GOOD_AND_SEASONED = new Segment(Set.of(Grade.A, Grade.B), 600, 3);

    static CustomerStanding standing(Grade grade, Integer score, LocalDate opened) {
        return new CustomerStanding(CustomerId.of("c-1"), grade, score, opened, null, 0, null);
    }

    @Test
    void shouldAdmitAGoodCustomerWithAnOpenSeasonedLine() {
        assertThat(GOOD_AND_SEASONED.admits(standing(Grade.B, 640, TODAY.minusMonths(3)), TODAY))
                .isTrue();
    }

    @Test
    void shouldLeaveOutAGradeOutsideTheSegment() {
        assertThat(GOOD_AND_SEASONED.admits(standing(Grade.C, 700, TODAY.minusYears(1)), TODAY))
                .isFalse();
    }

    @Test
    void shouldLeaveOutALowOrUnknownBehaviourScoreWhenAMinimumIsSet() {
        assertThat(GOOD_AND_SEASONED.admits(standing(Grade.A, 599, TODAY.minusYears(1)), TODAY))
                .isFalse();
        assertThat(GOOD_AND_SEASONED.admits(standing(Grade.A, null, TODAY.minusYears(1)), TODAY))
                .isFalse();
        Segment anyScore = new Segment(Set.of(Grade.A), null, 0);
        assertThat(anyScore.admits(standing(Grade.A, null, TODAY), TODAY)).isTrue();
    }

    @Test
    void shouldCountWholeMonthsOnBookAsTheBehaviourSnapshotDoes() {
        assertThat(GOOD_AND_SEASONED.admits(
                        standing(Grade.A, 650, TODAY.minusMonths(3).plusDays(1)), TODAY))
                .as("a day short of three months")
                .isFalse();
        LocalDate endOfMonth = LocalDate.of(2026, 1, 31);
        assertThat(standing(Grade.A, 650, endOfMonth).monthsOnBook(LocalDate.of(2026, 2, 28)))
                .as("31 January to 28 February is not a whole month")
                .isZero();
        assertThat(standing(Grade.A, 650, endOfMonth).monthsOnBook(LocalDate.of(2026, 3, 31)))
                .isEqualTo(2);
    }

    @Test
    void shouldLeaveOutALineThatIsNotOpenAndActive() {
        Segment anyone = new Segment(Set.of(Grade.A), null, 0);
        CustomerId id = CustomerId.of("c-2");
        LocalDate opened = TODAY.minusYears(1);
        assertThat(anyone.admits(new CustomerStanding(id, Grade.A, 700, null, null, 0, null), TODAY))
                .as("no line")
                .isFalse();
        assertThat(anyone.admits(new CustomerStanding(id, Grade.A, 700, TODAY.plusDays(1), null, 0, null), TODAY))
                .as("opens tomorrow")
                .isFalse();
        assertThat(anyone.admits(new CustomerStanding(id, Grade.A, 700, opened, "FROZEN", 0, null), TODAY))
                .isFalse();
        assertThat(anyone.admits(new CustomerStanding(id, Grade.A, 700, opened, "ACTIVE", 0, null), TODAY))
                .isTrue();
        assertThat(anyone.admits(new CustomerStanding(id, Grade.A, 700, opened, null, 5, null), TODAY))
                .as("past due")
                .isFalse();
        assertThat(anyone.admits(new CustomerStanding(id, Grade.A, 700, opened, null, 0, TODAY), TODAY))
                .as("charged off")
                .isFalse();
    }
}
