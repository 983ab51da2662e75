package com.creditline.risk.behaviour;

import com.creditline.common.time.BusinessClock;
import com.creditline.risk.behaviour.model.BehaviourLimit;
import com.creditline.risk.behaviour.model.BehaviourObservations;
import com.creditline.risk.behaviour.model.BehaviourSnapshot;
import com.creditline.risk.behaviour.model.CustomerBehaviour;
import com.creditline.risk.grading.GradeOfRecord;
import com.creditline.risk.grading.model.GradeSource;
import com.creditline.risk.grading.model.Grading;
import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.scorecard.Scorecard;
import com.creditline.risk.scoring.scorecard.ScorecardAssessment;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The behaviour score: after the business date moves, each customer whose behaviour changed, who
 * has a grade of record and repayments to judge, is scored once on the behaviour scorecard, and the
 * grade it gives becomes their grade of record (a move recorded with the model and reasons, and
 * told to the platform). Customers are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas share the work and none is scored twice.
 */
@Service
class BehaviourScoring {

    static final String ACTOR = "risk-scoring";

    private final CustomerBehaviours behaviours;
    private final GradeOfRecord grades;
    private final Scorecard scorecard;
    private final BusinessClock clock;

    BehaviourScoring(
            CustomerBehaviours behaviours, GradeOfRecord grades, Scorecard behaviourScorecard, BusinessClock clock) {
        this.behaviours = behaviours;
        this.grades = grades;
        this.scorecard = behaviourScorecard;
        this.clock = clock;
    }

    /** Scores one batch of the customers due; how many were scored (0 when none is left). */
    @Transactional
    int scoreDue(int batch) {
        LocalDate today = clock.businessDate();
        List<CustomerBehaviour> due = behaviours.claimDue(today, batch);
        for (CustomerBehaviour behaviour : due) {
            score(behaviour, today);
            behaviour.rescored(today);
        }
        return due.size();
    }

    private void score(CustomerBehaviour behaviour, LocalDate today) {
        if (!behaviour.hasRepaymentsToJudge()
                || grades.current(behaviour.customerId()).isEmpty()) {
            return;
        }
        BehaviourSnapshot snapshot = behaviour.snapshot(today);
        ScorecardAssessment assessment = scorecard.assess(BehaviourObservations.of(snapshot));
        Grade grade = assessment.grade() == null ? Grade.E : assessment.grade();
        behaviour.behaviourScored(assessment.score());
        grades.grade(new Grading(
                behaviour.customerId(),
                grade,
                assessment.score(),
                scorecard.modelVersion(),
                GradeSource.BEHAVIOUR,
                ACTOR,
                assessment.reasons(),
                BehaviourLimit.recommended(snapshot.creditLimit(), grade),
                today,
                clock.now()));
    }
}
