package com.creditline.checkout.cash;

import com.creditline.checkout.cash.CashDrawController.CashDrawView;
import com.creditline.checkout.cash.model.CashDrawId;
import com.creditline.common.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** A payout provider's answer about a draw (cash or merchant), entered by an admin; answered once. */
@RestController
@Tag(name = "Cash draws")
class CashPayoutController {

    private static final Logger log = LoggerFactory.getLogger(CashPayoutController.class);

    private final PayoutSettlement settlement;

    CashPayoutController(PayoutSettlement settlement) {
        this.settlement = settlement;
    }

    @Schema(example = "{\"paid\": false, \"reason\": \"account closed\"}")
    record PayoutOutcome(
            @NotNull Boolean paid, @Size(max = 200) String reason) {}

    @PostMapping("/api/v1/admin/cash-draws/{drawId}/payout-outcome")
    @PreAuthorize(Access.ADMIN)
    @Operation(
            summary = "Record the payout's answer",
            description = "For cash and merchant draws alike. Paid: the hold is captured and the plan opened"
                    + " (PlanCreated, product CASH or MERCHANT). Not paid: the hold is released and the draw FAILED"
                    + " with the reason. Answered once.")
    @ApiResponse(responseCode = "200", description = "The draw after the answer.")
    @ApiResponse(responseCode = "404", description = "No draw has this id.")
    @ApiResponse(responseCode = "409", description = "The payout of this draw was answered already.")
    @ApiResponse(responseCode = "422", description = "No payout of this draw is awaited.")
    CashDrawView answer(
            @PathVariable CashDrawId drawId,
            @Valid @RequestBody PayoutOutcome outcome,
            @Parameter(
                            description = "Why the change is made (1-500 characters).",
                            schema = @Schema(minLength = 1, maxLength = 500))
                    @RequestHeader("Audit-Reason")
                    String reason) {
        log.info("payout of draw {} answered by an admin: paid={} ({})", drawId, outcome.paid(), reason);
        return CashDrawView.of(settlement.answer(drawId, outcome.paid(), outcome.reason()));
    }
}
