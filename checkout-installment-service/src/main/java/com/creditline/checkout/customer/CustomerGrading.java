package com.creditline.checkout.customer;

import static com.creditline.common.inbox.EventHandler.on;

import com.creditline.checkout.pricing.Grade;
import com.creditline.common.id.CustomerId;
import com.creditline.common.inbox.EventHandler;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.risk.CreditApplicationApproved;
import com.creditline.events.risk.RiskGradeChanged;
import com.creditline.events.risk.RiskTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps each customer's pricing grade in step with risk-scoring-service's decisions. */
@Configuration(proxyBeanMethods = false)
class CustomerGrading {

    @Bean
    EventHandler<CreditApplicationApproved> gradeOnApproval(CustomerProfiles profiles, BusinessClock clock) {
        return on(
                RiskTopics.DECISIONS,
                CreditApplicationApproved.class,
                (e, envelope) -> grade(profiles, clock, CustomerId.of(e.customerId()), Grade.valueOf(e.grade())));
    }

    @Bean
    EventHandler<RiskGradeChanged> gradeOnReview(CustomerProfiles profiles, BusinessClock clock) {
        return on(
                RiskTopics.DECISIONS,
                RiskGradeChanged.class,
                (e, envelope) -> grade(profiles, clock, CustomerId.of(e.customerId()), Grade.valueOf(e.newGrade())));
    }

    private static void grade(CustomerProfiles profiles, BusinessClock clock, CustomerId customerId, Grade grade) {
        profiles.findById(customerId)
                .ifPresentOrElse(
                        p -> p.regrade(grade, clock.now()),
                        () -> profiles.save(new CustomerProfile(customerId, grade, clock.now())));
    }
}
