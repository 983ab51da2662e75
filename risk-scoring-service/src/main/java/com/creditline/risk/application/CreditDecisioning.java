package com.creditline.risk.application;

import com.creditline.common.id.CustomerId;
import com.creditline.common.outbox.Outbox;
import com.creditline.events.risk.CreditApplicationApproved;
import com.creditline.events.risk.RiskTopics;
import com.creditline.risk.scoring.ApplicationFeatures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decides an application, keeps the decision, and tells the platform when a line is approved. */
@Service
class CreditDecisioning {

    private final ApplicationScoring scoring;
    private final Outbox outbox;

    CreditDecisioning(ApplicationScoring scoring, Outbox outbox) {
        this.scoring = scoring;
        this.outbox = outbox;
    }

    @Transactional
    CreditApplication decide(CustomerId customerId, ApplicationFeatures features) {
        CreditApplication application = scoring.score(customerId, features);
        if (application.decision() == CreditApplication.Decision.APPROVED) {
            outbox.append(
                    RiskTopics.DECISIONS,
                    new CreditApplicationApproved(
                            application.id(),
                            application.customerId().value(),
                            application.grade().name(),
                            application.score(),
                            application.recommendedLimit(),
                            application.pricingTier().name()));
        }
        return application;
    }
}
