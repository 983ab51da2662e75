package com.creditline.collections.strategy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderStrategyTest {

    final ReminderStrategy strategy = Strategies.standard();

    @Test
    void shouldRemindBySmsThreeDaysBeforeAndOnTheDueDate() {
        assertThat(strategy.beforeDue(3)).containsExactly(new StrategyStep(-3, Channel.SMS, "reminder-due-in-3-days"));
        assertThat(strategy.beforeDue(0)).containsExactly(new StrategyStep(0, Channel.SMS, "reminder-due-today"));
        assertThat(strategy.beforeDue(5)).isEmpty();
    }

    @Test
    void shouldSendSmsAndEmailOnTheFirstDayPastDue() {
        Escalation escalation = strategy.escalationFor(1, 0);

        assertThat(escalation.due()).extracting(StrategyStep::channel).containsExactly(Channel.SMS, Channel.EMAIL);
        assertThat(escalation.superseded()).isEmpty();
        assertThat(escalation.reachedDay()).isEqualTo(1);
    }

    @Test
    void shouldRunEachStepOnTheDayItIsReachedAndNothingBetweenSteps() {
        assertThat(strategy.escalationFor(6, 1).isEmpty()).isTrue();
        assertThat(strategy.escalationFor(7, 1).due())
                .extracting(StrategyStep::channel)
                .containsExactly(Channel.VOICE);
        assertThat(strategy.escalationFor(15, 7).due())
                .extracting(StrategyStep::channel)
                .containsExactly(Channel.AGENT_QUEUE);
        assertThat(strategy.escalationFor(30, 15).due())
                .extracting(StrategyStep::channel)
                .containsExactly(Channel.LETTER);
        assertThat(strategy.escalationFor(120, 30).isEmpty()).isTrue();
    }

    @Test
    void shouldNeverRunAStepTwice() {
        Escalation escalation = strategy.escalationFor(7, 7);

        assertThat(escalation.isEmpty()).isTrue();
        assertThat(escalation.reachedDay()).isEqualTo(7);
    }

    @Test
    void shouldRunOnlyTheLatestStepReachedAndSupersedeTheEarlierOnes() {
        Escalation escalation = strategy.escalationFor(20, 0);

        assertThat(escalation.due()).extracting(StrategyStep::channel).containsExactly(Channel.AGENT_QUEUE);
        assertThat(escalation.superseded())
                .extracting(StrategyStep::channel)
                .containsExactly(Channel.SMS, Channel.EMAIL, Channel.VOICE);
        assertThat(escalation.reachedDay()).isEqualTo(15);
    }

    @Test
    void shouldNotEscalateWithTheRemindersBeforeTheDueDate() {
        assertThat(strategy.escalationFor(0, 0).isEmpty()).isTrue();
        assertThat(strategy.escalationFor(1, 0).due()).allMatch(StrategyStep::isEscalation);
    }

    @Test
    void shouldFollowAConfiguredStrategyRatherThanFixedDays() {
        ReminderStrategy gentle = new ReminderStrategy(
                List.of(new StrategyStep(10, Channel.LETTER, "letter"), new StrategyStep(3, Channel.EMAIL, "email")));

        assertThat(gentle.escalationFor(2, 0).isEmpty()).isTrue();
        assertThat(gentle.escalationFor(3, 0).due()).containsExactly(new StrategyStep(3, Channel.EMAIL, "email"));
        assertThat(gentle.escalationFor(10, 3).due()).containsExactly(new StrategyStep(10, Channel.LETTER, "letter"));
    }

    @Test
    void shouldRefuseTwoStepsOnTheSameDayAndChannel() {
        assertThatThrownBy(() -> new ReminderStrategy(
                        List.of(new StrategyStep(1, Channel.SMS, "a"), new StrategyStep(1, Channel.SMS, "b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("D+1");
    }
}
