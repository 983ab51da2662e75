package com.creditline.gateway.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InFlightLimitTest {

    static final long TARGET = Duration.ofMillis(250).toNanos();
    static final long SLOW = Duration.ofMillis(400).toNanos();
    static final long FAST = Duration.ofMillis(20).toNanos();

    final InFlightLimit limit = new InFlightLimit(8, 128, Duration.ofNanos(TARGET));

    /** The test's clock, in nanoseconds as {@link System#nanoTime()} counts them. */
    long now = 1_000_000_000L;

    @Test
    void shouldRefuseWithoutWaitingOnceEverySlotIsTaken() {
        InFlightLimit three = new InFlightLimit(3, 3, Duration.ZERO);
        assertThat(three.tryTake()).isTrue();
        assertThat(three.tryTake()).isTrue();
        assertThat(three.tryTake()).isTrue();
        assertThat(three.tryTake()).isFalse();
        three.answered(now - SLOW, now);
        assertThat(three.tryTake()).isTrue();
        assertThat(three.limit()).as("a zero target never moves the limit").isEqualTo(3);
    }

    @Test
    void shouldCutTheLimitByATenthForASlowAnswerAtMostOncePerLatencyTarget() {
        take(10);
        answer(SLOW);
        assertThat(limit.limit()).isEqualTo(115);
        answer(SLOW);
        answer(SLOW);
        assertThat(limit.limit())
                .as("the same slow moment: a stall answers many at once")
                .isEqualTo(115);

        now += TARGET;
        answer(SLOW);
        assertThat(limit.limit()).isEqualTo(103);
    }

    @Test
    void shouldFallToTheFloorWhileAnswersStaySlowAndNoFurther() {
        take(40);
        answerSlowlyOneTargetApart(40);
        assertThat(limit.limit()).isEqualTo(8);
        assertThat(limit.inFlight()).isZero();
    }

    @Test
    void shouldRefuseNewRequestsWhileMoreAreInFlightThanTheLoweredLimit() {
        take(40);
        answerSlowlyOneTargetApart(30);
        assertThat(limit.limit()).isEqualTo(8);
        assertThat(limit.inFlight()).isEqualTo(10);
        assertThat(limit.tryTake()).as("10 in flight over a limit of 8").isFalse();
    }

    @Test
    void shouldRaiseTheLimitByOneForEachFastAnswerWhileAtLeastHalfTheSlotsAreBusy() {
        take(40);
        answerSlowlyOneTargetApart(40);
        assertThat(limit.limit()).isEqualTo(8);

        take(4);
        answer(FAST);
        assertThat(limit.limit()).as("4 of 8 busy").isEqualTo(9);
        answer(FAST);
        assertThat(limit.limit()).as("3 of 9 busy: not needed").isEqualTo(9);
        answer(FAST);
        answer(FAST);

        for (int i = 0; i < 200; i++) {
            take(limit.limit());
            while (limit.inFlight() > 0) {
                answer(FAST);
            }
        }
        assertThat(limit.limit()).as("never above the maximum").isEqualTo(128);
    }

    @Test
    void shouldGiveBackTheSlotOfAnAbandonedRequestWithoutJudgingTheService() {
        take(1);
        limit.abandoned();
        assertThat(limit.inFlight()).isZero();
        assertThat(limit.limit()).isEqualTo(128);
    }

    @Test
    void shouldRefuseAFloorAboveTheCeiling() {
        assertThatThrownBy(() -> new InFlightLimit(9, 8, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InFlightLimit(0, 8, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Slow answers, each a latency target after the one before: each cuts the limit. */
    private void answerSlowlyOneTargetApart(int answers) {
        for (int i = 0; i < answers; i++) {
            now += TARGET;
            answer(SLOW);
        }
    }

    /** One request answered now, after {@code latency}. */
    private void answer(long latency) {
        limit.answered(now - latency, now);
    }

    private void take(int slots) {
        for (int i = 0; i < slots; i++) {
            assertThat(limit.tryTake()).isTrue();
        }
    }
}
