package com.creditline.risk.application;

import com.creditline.common.id.CustomerId;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.risk.RiskGradeChanged;
import com.creditline.events.risk.RiskTopics;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-scores a customer on fresh behaviour. The decision is kept like an application's; when the
 * grade changes, the platform is told, and credit-limit-service cuts a line whose recommendation
 * fell (never below what is owed).
 */
@Service
class BehaviourReviews {

    private final RiskModel model;
    private final CreditApplications applications;
    private final Outbox outbox;
    private final BusinessClock clock;

    BehaviourReviews(RiskModel model, CreditApplications applications, Outbox outbox, BusinessClock clock) {
        this.model = model;
        this.applications = applications;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    CreditApplication review(CustomerId customerId, ApplicationFeatures features) {
        CreditApplication previous = applications
                .findFirstByCustomerIdOrderByDecidedAtDesc(customerId.value())
                .orElseThrow(ApplicationNotFound::new);
        CreditApplication review = applications.save(
                CreditApplication.decide(UUID.randomUUID(), customerId.value(), model.assess(features), clock.now()));
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
