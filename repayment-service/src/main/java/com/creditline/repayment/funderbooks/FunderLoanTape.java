package com.creditline.repayment.funderbooks;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A page of a funder's loan tape: every plan it holds or held, with no personal data of the customer. */
@Schema(description = "A page of the plans a funder holds or held, oldest capture first.")
record FunderLoanTape(
        String funderId,

        @Schema(description = "The date the tape is read on: days past due and amounts due are as of it.")
        LocalDate businessDate,

        @Schema(description = "The page, from 0.") int page,
        @Schema(description = "The most loans on a page.") int size,
        @Schema(description = "The loans on all pages.") long totalLoans,
        List<FundedLoan> loans) {

    @Schema(description = "A plan the funder holds or held: its terms, the funder's part and where the plan stands.")
    record FundedLoan(
            PlanId planId,
            LocalDate captureDate,

            @Schema(
                    types = {"string", "null"},
                    nullable = true,
                    description = "The grade the plan was priced at (A-E); absent for plans opened before it was kept.")
            String grade,

            String method,

            @Schema(
                    description =
                            "What the plan lends for: SHOPPING, CASH (a cash draw) or MERCHANT (a merchant loan).")
            String product,

            int installmentCount,

            @Schema(description = "The customer's nominal APR, as a fraction.")
            BigDecimal nominalApr,

            @Schema(description = "The plan's principal.") Money principal,

            @Schema(description = "The funder's share of the plan, as a fraction.")
            BigDecimal share,

            @Schema(description = "The principal the funder funded.")
            Money fundedPrincipal,

            @Schema(description = "The principal the funder holds now.")
            Money outstandingPrincipalHeld,

            @Schema(description = "ACTIVE, PAID_OFF, REFUNDED or CHARGED_OFF.")
            String status,

            @Schema(description = "Days past due of the plan's oldest unpaid installment; 0 when current.")
            int daysPastDue,

            @Schema(
                    types = {"string", "null"},
                    format = "date",
                    nullable = true,
                    description = "The due date of the next installment on or after the business date; absent when"
                            + " the plan is closed or charged off, or has no installment left to fall due.")
            LocalDate nextDueDate,

            @Schema(
                    description = "What the customer must pay by the next due date, arrears included (what is past due"
                            + " when there is no next due date); 0 for a closed plan.")
            Money amountDue,

            @Schema(
                    types = {"string", "null"},
                    format = "date",
                    nullable = true,
                    description = "The business date the plan was charged off; absent unless it was.")
            LocalDate chargedOffOn) {}
}
