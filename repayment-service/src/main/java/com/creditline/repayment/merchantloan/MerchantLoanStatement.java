package com.creditline.repayment.merchantloan;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.merchantloan.model.LoanFigures;
import com.creditline.repayment.merchantloan.model.LoanMonth;
import com.creditline.repayment.merchantloan.model.LoanMovement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A merchant's monthly loan statement: each loan's month (its figures and movements by date) and the
 * total of the figures over the loans. The principal balances on each loan and in total: opening +
 * drawn - repaid - written off = closing.
 */
@Schema(description = "A merchant's loans over one month, from their ledgers.")
record MerchantLoanStatement(
        String merchantId,

        @Schema(description = "The month, as YYYY-MM.", example = "2026-12")
        String month,

        LocalDate from,
        LocalDate to,

        @Schema(description = "The business date the statement was read on: a current month is so far.")
        LocalDate businessDate,

        List<MerchantLoanMonth> loans,
        LoanFigures total) {

    /** One loan's month: its figures and its movements, by date. */
    record MerchantLoanMonth(
            PlanId planId, LocalDate openedOn, String status, LoanFigures figures, List<MovementView> movements) {}

    /**
     * One movement: a disbursement, a sales sweep (with the day of sales it swept), a payment, a day's
     * late fee, a refund or a charge-off; its amount and the parts it moved.
     */
    record MovementView(
            LocalDate date,

            @Schema(
                    description =
                            "DISBURSEMENT, SALES_SWEEP, PAYMENT, LATE_FEE_CHARGED, REFUND, CHARGE_OFF" + " or OTHER.")
            String type,

            String reference,

            @Schema(
                    types = {"string", "null"},
                    format = "date",
                    nullable = true,
                    description = "The day of sales a sweep took its share of; absent for any other movement.")
            LocalDate salesDate,

            @Schema(description = "The money that moved: drawn, paid, charged or written off.")
            Money amount,

            Money principal,
            Money interest,
            Money lateFee,

            @Schema(description = "Fees the movement waived beside it (no money moved).")
            Money waived) {

        static MovementView of(LoanMovement m) {
            return new MovementView(
                    m.date(),
                    m.type().name(),
                    m.reference(),
                    m.salesDate().orElse(null),
                    m.amount(),
                    m.principal(),
                    m.interest(),
                    m.lateFee(),
                    m.waived());
        }
    }

    static MerchantLoanMonth loan(LoanMonth month, LocalDate openedOn, String status) {
        return new MerchantLoanMonth(
                month.planId(),
                openedOn,
                status,
                month.figures(),
                month.movements().stream().map(MovementView::of).toList());
    }
}
