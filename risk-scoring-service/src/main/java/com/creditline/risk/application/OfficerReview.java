package com.creditline.risk.application;

import com.creditline.common.id.CustomerId;
import com.creditline.common.time.BusinessClock;
import com.creditline.risk.grading.GradeOfRecord;
import com.creditline.risk.grading.model.GradeSource;
import com.creditline.risk.grading.model.Grading;
import com.creditline.risk.scoring.ApplicationFeatures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A credit officer re-scores a customer on fresh features. The decision is kept like an
 * application's; its grade becomes the grade of record, recorded with the officer, and a move is
 * told to the platform: the line follows the new recommendation and checkout prices new plans at
 * the new grade.
 */
@Service
class OfficerReview {

    private final ApplicationScoring scoring;
    private final GradeOfRecord grades;
    private final BusinessClock clock;

    OfficerReview(ApplicationScoring scoring, GradeOfRecord grades, BusinessClock clock) {
        this.scoring = scoring;
        this.grades = grades;
        this.clock = clock;
    }

    /** Only a customer with a grade of record (an approved application) can be reviewed. */
    @Transactional
    CreditApplication review(CustomerId customerId, ApplicationFeatures features, String officer) {
        grades.current(customerId).orElseThrow(NothingToReview::new);
        CreditApplication review = scoring.score(customerId, features);
        grades.grade(new Grading(
                customerId,
                review.grade(),
                review.score(),
                review.model(),
                GradeSource.REVIEW,
                officer,
                review.reasons(),
                review.recommendedLimit(),
                clock.businessDate(),
                review.decidedAt()));
        return review;
    }
}
