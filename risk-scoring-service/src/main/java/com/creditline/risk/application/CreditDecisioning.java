package com.creditline.risk.application;

import com.creditline.common.id.CustomerId;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.risk.CreditApplicationApproved;
import com.creditline.events.risk.RiskTopics;
import com.creditline.risk.grading.GradeOfRecord;
import com.creditline.risk.grading.model.GradeSource;
import com.creditline.risk.grading.model.Grading;
import com.creditline.risk.scoring.ApplicationFeatures;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides an application, keeps the decision, and tells the platform when a line is approved; the
 * approval's grade becomes the customer's grade of record. One grade of record per customer: a
 * customer who has one cannot apply again (their grade moves by behaviour or review), and a declined
 * applicant waits for the cool-off before applying again.
 */
@Service
class CreditDecisioning {

    private final ApplicationScoring scoring;
    private final CreditApplications applications;
    private final GradeOfRecord grades;
    private final Outbox outbox;
    private final BusinessClock clock;
    private final ApplicationProperties properties;
    private final ApplicationMeters meters;

    CreditDecisioning(
            ApplicationScoring scoring,
            CreditApplications applications,
            GradeOfRecord grades,
            Outbox outbox,
            BusinessClock clock,
            ApplicationProperties properties,
            ApplicationMeters meters) {
        this.scoring = scoring;
        this.applications = applications;
        this.grades = grades;
        this.outbox = outbox;
        this.clock = clock;
        this.properties = properties;
        this.meters = meters;
    }

    @Transactional
    CreditApplication decide(CustomerId customerId, ApplicationFeatures features) {
        if (grades.current(customerId).isPresent()) {
            throw new CustomerAlreadyGraded();
        }
        applications.findFirstByCustomerIdOrderByDecidedAtDesc(customerId).ifPresent(this::refuseWithinCoolOff);
        CreditApplication application = scoring.score(customerId, features);
        if (application.decision() == CreditApplication.Decision.APPROVED) {
            grades.grade(new Grading(
                    customerId,
                    application.grade(),
                    application.score(),
                    application.model(),
                    GradeSource.APPLICATION,
                    "risk-scoring",
                    application.reasons(),
                    application.recommendedLimit(),
                    clock.businessDate(),
                    application.decidedAt()));
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
        meters.decided(application.decision(), application.grade());
        return application;
    }

    private void refuseWithinCoolOff(CreditApplication last) {
        LocalDate mayReapplyFrom = last.decidedOn().plus(properties.coolOffAfterDecline());
        if (last.decision() == CreditApplication.Decision.DECLINED
                && clock.businessDate().isBefore(mayReapplyFrom)) {
            throw new ReapplyingTooSoon(mayReapplyFrom);
        }
    }
}
