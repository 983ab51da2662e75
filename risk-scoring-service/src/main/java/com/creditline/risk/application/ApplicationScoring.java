package com.creditline.risk.application;

import com.creditline.common.id.CustomerId;
import com.creditline.common.time.BusinessClock;
import com.creditline.risk.scoring.ApplicationFeatures;
import com.creditline.risk.scoring.RiskModel;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores a customer's features with the risk model and keeps the decision, in the caller's
 * transaction: an application and a behaviour review are decided and kept alike.
 */
@Component
class ApplicationScoring {

    private final RiskModel model;
    private final CreditApplications applications;
    private final BusinessClock clock;

    private final JsonMapper json;

    ApplicationScoring(RiskModel model, CreditApplications applications, BusinessClock clock, JsonMapper json) {
        this.model = model;
        this.applications = applications;
        this.clock = clock;
        this.json = json;
    }

    CreditApplication score(CustomerId customerId, ApplicationFeatures features) {
        return applications.save(CreditApplication.decide(new CreditApplication.Deciding(
                UUID.randomUUID(),
                customerId,
                model.assess(features),
                json.writeValueAsString(features),
                clock.now(),
                clock.businessDate())));
    }
}
