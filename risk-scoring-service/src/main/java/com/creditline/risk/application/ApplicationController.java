package com.creditline.risk.application;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.risk.scoring.ApplicationFeatures;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applications for a credit line: the shop applies for a customer with behavioural features and
 * reads the decision; a credit officer re-scores a customer on fresh behaviour.
 */
@RestController
class ApplicationController {

    private final CreditDecisioning decisions;
    private final BehaviourRescoring reviews;
    private final CreditApplications applications;

    ApplicationController(CreditDecisioning decisions, BehaviourRescoring reviews, CreditApplications applications) {
        this.decisions = decisions;
        this.reviews = reviews;
        this.applications = applications;
    }

    record ApplyForCredit(
            @NotNull CustomerId customerId, @NotNull @Valid ApplicationFeatures features) {}

    record DecisionView(
            UUID applicationId,
            CustomerId customerId,
            String decision,
            BigDecimal probabilityOfDefault,
            int score,
            String grade,
            Money recommendedLimit,
            String pricingTier,
            List<String> reasons,
            Instant decidedAt) {

        static DecisionView of(CreditApplication a) {
            return new DecisionView(
                    a.id(),
                    CustomerId.of(a.customerId()),
                    a.decision().name(),
                    a.probabilityOfDefault(),
                    a.score(),
                    a.grade().name(),
                    a.recommendedLimit(),
                    a.pricingTier(),
                    a.reasons(),
                    a.decidedAt());
        }
    }

    @PostMapping("/api/v1/applications")
    @PreAuthorize(Access.CUSTOMER_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    DecisionView apply(@Valid @RequestBody ApplyForCredit request) {
        return DecisionView.of(decisions.decide(request.customerId(), request.features()));
    }

    /** Ops re-score a customer on fresh behaviour; a changed grade changes the line. */
    @PostMapping("/api/v1/admin/risk/reviews")
    @PreAuthorize(Access.CREDIT_OFFICER)
    @ResponseStatus(HttpStatus.CREATED)
    DecisionView review(@Valid @RequestBody ApplyForCredit request) {
        return DecisionView.of(reviews.review(request.customerId(), request.features()));
    }

    @GetMapping("/api/v1/applications/{applicationId}")
    @PreAuthorize(Access.CUSTOMER_READ)
    DecisionView get(@PathVariable UUID applicationId) {
        return DecisionView.of(applications.findById(applicationId).orElseThrow(ApplicationNotFound::new));
    }
}
