package com.creditline.risk.application;

import com.creditline.common.id.CustomerId;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.risk.CreditApplicationApproved;
import com.creditline.events.risk.RiskTopics;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decides an application, keeps the decision, and tells the platform when a line is approved. */
@Service
class ApplicationDecisions {

    private final RiskModel model;
    private final CreditApplications applications;
    private final Outbox outbox;
    private final BusinessClock clock;

    ApplicationDecisions(RiskModel model, CreditApplications applications, Outbox outbox, BusinessClock clock) {
        this.model = model;
        this.applications = applications;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    CreditApplication decide(CustomerId customerId, ApplicationFeatures features) {
        CreditApplication application = applications.save(
                CreditApplication.decide(UUID.randomUUID(), customerId.value(), model.assess(features), clock.now()));
        if (application.decision() == CreditApplication.Decision.APPROVED) {
            outbox.append(
                    RiskTopics.DECISIONS,
                    new CreditApplicationApproved(
                            application.id(),
                            application.customerId(),
                            application.grade().name(),
                            application.score(),
                            application.recommendedLimit(),
                            application.pricingTier()));
        }
        return application;
    }
}
