package com.creditline.risk.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.risk.behaviour.model.BehaviourObservations;
import com.creditline.risk.behaviour.model.CustomerBehaviour;
import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.ModelOrigin;
import com.creditline.risk.scoring.scorecard.GradeCutoff;
import com.creditline.risk.scoring.scorecard.Scorecard;
import com.creditline.risk.scoring.scorecard.ScorecardAssessment;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The behaviour scorecard the service ships: a judgmental artifact, read as the service reads it. */
class BehaviourScorecardTest {

    static final LocalDate OPENED = LocalDate.of(2026, 1, 10);

    final Scorecard scorecard = load();

    @Test
    void shouldBeAJudgmentalArtifactWhoseCutoffsFollowTheGradesBands() {
        assertThat(scorecard.modelVersion().modelId()).isEqualTo("behaviour-expert");
        assertThat(scorecard.modelVersion().origin()).isEqualTo(ModelOrigin.JUDGMENTAL);
        assertThat(scorecard.gradeCutoffs())
                .containsExactlyElementsOf(GradeCutoff.fromProbabilityBands(scorecard.scaling()));
    }

    @Test
    void shouldCutALatePayerToEAndRaiseAnOnTimePayer() {
        CustomerBehaviour late = opened();
        late.delinquencyChanged(35, OPENED.plusDays(40));
        ScorecardAssessment lateScore = assess(late, OPENED.plusDays(41));
        assertThat(lateScore.grade()).isNull();
        assertThat(lateScore.reasons()).startsWith("daysPastDue", "worstDaysPastDue12m");

        CustomerBehaviour onTime = opened();
        onTime.paid(Money.yuan(1_020), OPENED.plusDays(30));
        onTime.onTimeStreakReached(1, OPENED.plusDays(30));
        onTime.principalReduced(Money.yuan(1_000), OPENED.plusDays(30));
        assertThat(assess(onTime, OPENED.plusDays(31)).grade()).isEqualTo(Grade.A);
    }

    private ScorecardAssessment assess(CustomerBehaviour behaviour, LocalDate on) {
        return scorecard.assess(BehaviourObservations.of(behaviour.snapshot(on)));
    }

    private static CustomerBehaviour opened() {
        CustomerBehaviour b = CustomerBehaviour.of(CustomerId.of("c-1"), OPENED);
        b.lineOpened(Money.yuan(10_000), OPENED);
        b.planOpened(Money.yuan(3_000), OPENED);
        return b;
    }

    static Scorecard load() {
        try (InputStream in =
                BehaviourScorecardTest.class.getResourceAsStream("/scorecards/behaviour-expert-v1.json")) {
            return JsonMapper.builder().build().readValue(in, Scorecard.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
