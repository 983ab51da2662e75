package com.creditline.risk.application;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import com.creditline.risk.scoring.ApplicationFeatures;
import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.ModelVersion;
import com.creditline.risk.scoring.PricingTier;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applications for a credit line: the shop applies for a customer with behavioural features and
 * reads the decision; a credit officer re-scores a customer on fresh behaviour.
 */
@Tag(
        name = "Credit applications",
        description = "Scoring an applicant or a customer's behaviour: grade, limit, reasons.")
@RestController
class ApplicationController {

    private final CreditDecisioning decisions;
    private final OfficerReview reviews;
    private final CreditApplications applications;

    ApplicationController(CreditDecisioning decisions, OfficerReview reviews, CreditApplications applications) {
        this.decisions = decisions;
        this.reviews = reviews;
        this.applications = applications;
    }

    record ApplyForCredit(
            @NotNull CustomerId customerId, @NotNull @Valid ApplicationFeatures features) {}

    record DecisionView(
            UUID applicationId,
            CustomerId customerId,
            CreditApplication.Decision decision,
            BigDecimal probabilityOfDefault,
            int score,
            Grade grade,
            Money recommendedLimit,
            PricingTier pricingTier,
            List<String> reasons,
            ModelVersion model,
            Instant decidedAt) {

        static DecisionView of(CreditApplication a) {
            return new DecisionView(
                    a.id(),
                    a.customerId(),
                    a.decision(),
                    a.probabilityOfDefault(),
                    a.score(),
                    a.grade(),
                    a.recommendedLimit(),
                    a.pricingTier(),
                    a.reasons(),
                    a.model(),
                    a.decidedAt());
        }
    }

    @Operation(
            summary = "Apply for a credit line",
            description = "Scores the applicant on behavioural features (account age, orders and spend over 12"
                    + " months, return rate, on-time payment ratio, worst days past due, identity verified,"
                    + " income band, devices) and decides at once: the probability of default, a score, a grade"
                    + " from A (best) to E, the recommended limit and pricing tier, and the reasons that weighed"
                    + " most against the applicant. An applicant whose identity is not verified, or whose"
                    + " probability of default is beyond every grade's, is declined (grade E, no limit); an"
                    + " approval tells the platform to open the customer's credit line with the recommended"
                    + " limit, between 500 and 200,000 yuan, and its grade becomes the customer's grade of record."
                    + " A customer with a line cannot apply again (their grade moves with their repayment"
                    + " behaviour or an officer's review), and a declined applicant may apply again after 30 days.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "an established shopper",
                                            value =
                                                    "{\"customerId\": \"c-10042\", \"features\": {\"accountAgeMonths\": 38, \"orders12m\": 57,"
                                                            + " \"spend12m\": {\"amount\": \"18450.00\", \"currency\": \"CNY\"},"
                                                            + " \"returnRate\": 0.04, \"onTimePaymentRatio\": 0.98, \"worstDpd\": 3,"
                                                            + " \"identityVerified\": true, \"incomeBand\": \"FROM_8K_TO_15K\","
                                                            + " \"devices\": 2}}")))
    @ApiResponse(
            responseCode = "201",
            description = "The decision, approved or declined, with its reasons and the model (id, version,"
                    + " trained or judgmental) that took it.")
    @ApiResponse(
            responseCode = "409",
            description = "The customer already has a line: their grade moves by behaviour or review, not by applying"
                    + " again.")
    @ApiResponse(
            responseCode = "422",
            description = "The customer's last application was declined less than the cool-off (30 days) ago.")
    @PostMapping("/api/v1/applications")
    @PreAuthorize(Access.CUSTOMER_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    DecisionView apply(@Valid @org.springframework.web.bind.annotation.RequestBody ApplyForCredit request) {
        return DecisionView.of(decisions.decide(request.customerId(), request.features()));
    }

    /** Ops re-score a customer on fresh behaviour; a changed grade changes the line. */
    @Operation(
            summary = "Re-score a customer on fresh behaviour",
            description = "A credit officer scores a customer who has a line on their latest features. The grade"
                    + " becomes the customer's grade of record, recorded with the officer; a grade that moved"
                    + " changes the credit line (a better grade raises it, a worse one cuts it, never below what the"
                    + " customer already owes) and the pricing of new plans.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "a customer who fell behind",
                                            value =
                                                    "{\"customerId\": \"c-10042\", \"features\": {\"accountAgeMonths\": 38, \"orders12m\": 57,"
                                                            + " \"spend12m\": {\"amount\": \"18450.00\", \"currency\": \"CNY\"},"
                                                            + " \"returnRate\": 0.04, \"onTimePaymentRatio\": 0.71, \"worstDpd\": 45,"
                                                            + " \"identityVerified\": true, \"incomeBand\": \"FROM_8K_TO_15K\","
                                                            + " \"devices\": 2}}")))
    @ApiResponse(responseCode = "201", description = "The new decision.")
    @ApiResponse(
            responseCode = "404",
            description = "No application of the customer was approved: there is no grade to review.")
    @PostMapping("/api/v1/admin/risk/reviews")
    @PreAuthorize(Access.CREDIT_OFFICER)
    @ResponseStatus(HttpStatus.CREATED)
    DecisionView review(
            @Valid @org.springframework.web.bind.annotation.RequestBody ApplyForCredit request, Caller caller) {
        return DecisionView.of(reviews.review(request.customerId(), request.features(), caller.actor()));
    }

    @Operation(
            summary = "Read a decision",
            description = "An application's decision as it was made: grade, score, limit, pricing tier, reasons.")
    @ApiResponse(responseCode = "200", description = "The decision.")
    @ApiResponse(responseCode = "404", description = "No application with this id.")
    @GetMapping("/api/v1/applications/{applicationId}")
    @PreAuthorize(Access.CUSTOMER_READ)
    DecisionView get(@PathVariable UUID applicationId) {
        return DecisionView.of(applications.findById(applicationId).orElseThrow(ApplicationNotFound::new));
    }

    @Operation(
            summary = "List a customer's applications",
            description = "The customer's decisions, the latest first, at most `limit` of them (20 unless"
                    + " asked, 100 at most): each as it was made, with its grade, score, limit, pricing tier,"
                    + " reasons and the model (id and version) that took it. A credit officer's review of the"
                    + " customer is a decision too, and listed. An empty list for a customer who never applied.")
    @ApiResponse(responseCode = "200", description = "The decisions, the latest first; possibly none.")
    @ApiResponse(
            responseCode = "400",
            description = "No customer id, one not in the format of an id, or a limit outside 1-100.")
    @GetMapping("/api/v1/applications")
    @PreAuthorize(Access.CUSTOMER_READ)
    List<DecisionView> customerApplications(
            @RequestParam CustomerId customerId,
            @Parameter(description = "How many decisions at most, 1-100.")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(100)
                    int limit) {
        return applications.findByCustomerIdOrderByDecidedAtDescIdDesc(customerId, Limit.of(limit)).stream()
                .map(DecisionView::of)
                .toList();
    }
}
