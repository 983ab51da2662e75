package com.creditline.risk.merchant;

import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.security.MerchantAccess;
import com.creditline.events.risk.MerchantLineDecided;
import com.creditline.risk.merchant.model.MerchantDecision;
import com.creditline.risk.merchant.model.MerchantFeatures;
import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.ModelVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A merchant applies for a line on its sales, and reads the decision. */
@Tag(
        name = "Merchant lines",
        description = "Merchant loans (京小贷-style): a line decided on the merchant's last 90 days of sales.")
@RestController
class MerchantCreditController {

    private final MerchantLineDecisioning decisioning;

    MerchantCreditController(MerchantLineDecisioning decisioning) {
        this.decisioning = decisioning;
    }

    @Schema(description = "What the merchant scorecard read; a ratio with nothing to divide by is absent (null).")
    record MerchantFeaturesView(
            @Schema(
                    types = {"number", "null"},
                    nullable = true,
                    description = "Net sales of the last 30 days over the monthly average of the 60 days before.")
            Double salesTrend,

            @Schema(
                    types = {"number", "null"},
                    nullable = true,
                    description = "Coefficient of variation of the 12 weeks' net sales: lower is steadier.")
            Double stability,

            @Schema(
                    types = {"number", "null"},
                    nullable = true,
                    description = "Refunds over gross sales.")
            Double refundRate,

            @Schema(description = "Whole months since onboarding.")
            int tenureMonths,

            @Schema(
                    types = {"number", "null"},
                    nullable = true,
                    description = "The mean of the days' ratings.")
            Double averageRating,

            @Schema(description = "The share of the 90 days with at least one order.")
            double activeDaysShare) {

        static MerchantFeaturesView of(MerchantFeatures f) {
            return new MerchantFeaturesView(
                    f.salesTrend(),
                    f.stability(),
                    f.refundRate(),
                    f.tenureMonths(),
                    f.averageRating(),
                    f.activeDaysShare());
        }
    }

    record MerchantDecisionView(
            UUID decisionId,
            String merchantId,

            @Schema(description = "The id the merchant borrows under: mch- and the merchant's id.")
            String borrowerId,

            boolean approved,
            int score,

            @Schema(description = "A (best) to E; E is declined.")
            Grade grade,

            @Schema(description = "The line: zero when declined.")
            Money limit,

            @Schema(description = "Net sales (gross less refunds) of the 90 days the line was sized on.")
            Money netSales,

            @Schema(description = "Why declined (SALES_TOO_SMALL, GRADE_DECLINED), then the scorecard's reasons.")
            List<String> reasons,

            MerchantFeaturesView features,
            ModelVersion model,
            LocalDate businessDate,
            Instant decidedAt) {

        static MerchantDecisionView of(MerchantDecision d) {
            return new MerchantDecisionView(
                    d.id(),
                    d.merchantId().value(),
                    MerchantLineDecided.borrowerIdOf(d.merchantId().value()),
                    d.approved(),
                    d.score(),
                    d.grade(),
                    d.limit(),
                    d.netSales(),
                    d.reasons(),
                    MerchantFeaturesView.of(d.features()),
                    d.model(),
                    d.decidedOn(),
                    d.decidedAt());
        }
    }

    @Operation(
            summary = "Apply for a merchant line",
            description = "Decides at once on the merchant's last 90 days of sales up to the business date (a day not"
                    + " reported counts as a day without sales): the merchant scorecard (merchant-expert v1, a"
                    + " judgmental model) scores the sales trend, stability, refund rate, tenure, rating and active"
                    + " days into a grade from A to E; the line is the grade's share (A 30%, B 25%, C 20%, D 10%) of"
                    + " the 90 days' net sales, rounded down to 100 yuan, at most 1,000,000 yuan. Grade E, or a line"
                    + " under 10,000 yuan, is declined. The decision is told to the platform (MerchantLineDecided)."
                    + " Needs the merchant's profile and a sales history covering the 90 days; a merchant applies again"
                    + " 30 days after its last decision at the earliest. Send an Idempotency-Key: a retry is answered"
                    + " again and decides nothing twice.")
    @ApiResponse(responseCode = "201", description = "The decision, approved or declined, with its reasons and model.")
    @ApiResponse(responseCode = "403", description = "The caller may not act for this merchant.")
    @ApiResponse(
            responseCode = "422",
            description = "The sales history is shorter than 90 days, the merchant has no profile, or its last"
                    + " decision was less than 30 days ago.")
    @PostMapping("/api/v1/merchants/{merchantId}/credit-applications")
    @PreAuthorize(MerchantAccess.SALES_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    MerchantDecisionView apply(@PathVariable String merchantId, Caller caller) {
        return MerchantDecisionView.of(decisioning.decide(MerchantId.of(MerchantAccess.actingFor(merchantId, caller))));
    }

    @Operation(summary = "Read a merchant's decision", description = "A decision as it was taken.")
    @ApiResponse(responseCode = "200", description = "The decision.")
    @ApiResponse(responseCode = "403", description = "The caller may not act for this merchant.")
    @ApiResponse(responseCode = "404", description = "No application of this merchant with this id.")
    @GetMapping("/api/v1/merchants/{merchantId}/credit-applications/{decisionId}")
    @PreAuthorize(MerchantAccess.SALES_READ)
    MerchantDecisionView decision(@PathVariable String merchantId, @PathVariable UUID decisionId, Caller caller) {
        return MerchantDecisionView.of(
                decisioning.find(MerchantId.of(MerchantAccess.actingFor(merchantId, caller)), decisionId));
    }
}
