package com.creditline.risk.application;

import com.creditline.common.id.CustomerId;
import com.creditline.common.outbox.Outbox;
import com.creditline.events.risk.RiskGradeChanged;
import com.creditline.events.risk.RiskTopics;
import com.creditline.risk.scoring.ApplicationFeatures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-scores a customer on fresh behaviour. The decision is kept like an application's; when the
 * grade changes, the platform is told, and credit-limit-service cuts a line whose recommendation
 * fell (never below what is owed).
 */
@Service
class BehaviourRescoring {

    private final ApplicationScoring scoring;
    private final CreditApplications applications;
    private final Outbox outbox;

    BehaviourRescoring(ApplicationScoring scoring, CreditApplications applications, Outbox outbox) {
        this.scoring = scoring;
        this.applications = applications;
        this.outbox = outbox;
    }

    @Transactional
    CreditApplication review(CustomerId customerId, ApplicationFeatures features) {
        CreditApplication previous = applications
                .findFirstByCustomerIdOrderByDecidedAtDesc(customerId)
                .orElseThrow(ApplicationNotFound::new);
        CreditApplication review = scoring.score(customerId, features);
        if (review.grade() != previous.grade()) {
            outbox.append(
                    RiskTopics.DECISIONS,
                    new RiskGradeChanged(
                            customerId.value(),
                            previous.grade().name(),
                            review.grade().name(),
                            review.recommendedLimit(),
                            "behaviour review: " + String.join(", ", review.reasons())));
        }
        return review;
    }
}
