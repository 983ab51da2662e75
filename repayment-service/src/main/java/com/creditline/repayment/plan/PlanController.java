package com.creditline.repayment.plan;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PlanId;
import com.creditline.common.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading plans (the shop and staff): one plan with its schedule, a customer's plans, a plan's ledger. */
@Tag(name = "Plans", description = "Installment plans: the schedule, what is due, what pays a plan off, its ledger.")
@RestController
@RequestMapping("/api/v1/plans")
class PlanController {

    private final PlanReading reading;

    PlanController(PlanReading reading) {
        this.reading = reading;
    }

    @Operation(
            summary = "Read a plan as of today's business date",
            description = "The plan opened by a capture, with its schedule. Each installment shows what it was"
                    + " scheduled to owe, what it owes now (fees shrink after a refund, late fees accrue after"
                    + " the 3-day grace), what was paid and what is left. `amountDue` is what is due today,"
                    + " `owedForStartedPeriods` what the periods already started owe, and `payoffAmount` what"
                    + " pays the plan off today: the fees of periods not yet started are waived. A cash draw or a"
                    + " merchant loan (`product` CASH or MERCHANT) accrues interest by the day: its current period"
                    + " counts, in both, only the interest of the days elapsed. A refund larger"
                    + " than what is owed leaves a `creditBalance` owed to the customer.")
    @ApiResponse(responseCode = "200", description = "The plan.")
    @ApiResponse(responseCode = "404", description = "No plan with this id.")
    @GetMapping("/{planId}")
    @PreAuthorize(Access.CUSTOMER_READ)
    PlanView plan(@PathVariable UUID planId) {
        return reading.plan(PlanId.of(planId));
    }

    @Operation(
            summary = "List a customer's plans",
            description = "Every plan of the customer, oldest capture first, each as of today's business date."
                    + " A customer with no plan gets an empty list.")
    @ApiResponse(responseCode = "200", description = "The customer's plans, possibly none.")
    @GetMapping
    @PreAuthorize(Access.CUSTOMER_READ)
    List<PlanView> customerPlans(@RequestParam CustomerId customerId) {
        return reading.customerPlans(customerId);
    }

    @Operation(
            summary = "Read a plan's ledger",
            description = "Every entry booked on the plan, in order: the opening, fees and late fees charged,"
                    + " each part of a payment as the waterfall allocated it (late fee, then fee, then"
                    + " principal, oldest installment first), fees waived on payoff or refund, refunds. An"
                    + " entry is never changed or removed; a correction is a new entry.")
    @ApiResponse(responseCode = "200", description = "The plan's ledger entries, oldest first.")
    @ApiResponse(responseCode = "404", description = "No plan with this id.")
    @GetMapping("/{planId}/ledger")
    @PreAuthorize(Access.CUSTOMER_READ)
    List<LedgerEntryView> ledger(@PathVariable UUID planId) {
        return reading.ledger(PlanId.of(planId)).stream()
                .map(LedgerEntryView::of)
                .toList();
    }
}
