package com.creditline.repayment.merchantloan;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.risk.MerchantLineDecided;
import com.creditline.repayment.merchantloan.MerchantLoanStatement.MerchantLoanMonth;
import com.creditline.repayment.merchantloan.model.LoanFigures;
import com.creditline.repayment.merchantloan.model.LoanMonth;
import com.creditline.repayment.plan.Ledger;
import com.creditline.repayment.plan.LedgerEntryView;
import com.creditline.repayment.plan.PlanNotFound;
import com.creditline.repayment.plan.PlanView;
import com.creditline.repayment.plan.Plans;
import com.creditline.repayment.plan.model.Installment;
import com.creditline.repayment.plan.model.Plan;
import com.creditline.repayment.plan.model.Product;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's loans as the merchant reads them: the plans of product MERCHANT of its borrower id
 * ({@code mch-<merchantId>}), and nothing else: another borrower's plan, or a plan of another product,
 * is not found.
 */
@Service
@Transactional(readOnly = true)
class MerchantLoanReading {

    private final Plans plans;
    private final Ledger ledger;
    private final BusinessClock clock;

    MerchantLoanReading(Plans plans, Ledger ledger, BusinessClock clock) {
        this.plans = plans;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A loan in the merchant's list, as of the business date. */
    record MerchantLoanSummary(
            PlanId planId,
            String status,
            LocalDate openedOn,
            Money principal,
            Money outstandingPrincipal,

            @Schema(description = "What pays the loan off on the business date.")
            Money payoffAmount,

            @Schema(
                    types = {"number", "null"},
                    nullable = true,
                    description = "The share of each day's net sales swept to the loan (0.10 is 10 %);"
                            + " absent for a loan repaid in installments only.")
            BigDecimal salesSweepShare,

            BigDecimal nominalApr,

            @Schema(
                    types = {"string", "null"},
                    format = "date",
                    nullable = true,
                    description = "The due date of the oldest installment not yet paid; absent once all are.")
            LocalDate nextDueDate,

            @Schema(
                    types = {"object", "null"},
                    description = "What that installment (the period's minimum payment) still owes.")
            Money nextDueAmount,

            int daysPastDue) {

        static MerchantLoanSummary of(Plan plan, LocalDate today) {
            Optional<Installment> next =
                    plan.installments().stream().filter(i -> !i.isSettled()).findFirst();
            return new MerchantLoanSummary(
                    plan.id(),
                    plan.status().name(),
                    plan.captureDate(),
                    plan.principal(),
                    plan.outstandingPrincipal(),
                    plan.payoffAmount(today),
                    plan.terms().salesSweepShare().orElse(null),
                    plan.terms().nominalApr(),
                    next.map(Installment::dueDate).orElse(null),
                    next.map(Installment::unpaid).orElse(null),
                    plan.arrears(today).daysPastDue());
        }
    }

    /** One loan: the plan as the plan view shows it, and its ledger. */
    record MerchantLoanDetail(PlanView plan, List<LedgerEntryView> ledger) {}

    /** The merchant's loans, newest first. */
    List<MerchantLoanSummary> loans(String merchantId) {
        LocalDate today = clock.businessDate();
        return loansOf(merchantId).reversed().stream()
                .map(p -> MerchantLoanSummary.of(p, today))
                .toList();
    }

    /** One of the merchant's loans; not found when it is not the merchant's. */
    MerchantLoanDetail loan(String merchantId, PlanId planId) {
        Plan plan = plans.findById(planId)
                .filter(p -> isMerchantLoanOf(p, merchantId))
                .orElseThrow(PlanNotFound::new);
        return new MerchantLoanDetail(
                PlanView.of(plan, clock.businessDate()),
                ledger.findByPlanIdOrderByEntryId(planId).stream()
                        .map(LedgerEntryView::of)
                        .toList());
    }

    /** The merchant's statement of a month that has begun: its loans opened by the month's end. */
    MerchantLoanStatement statement(String merchantId, YearMonth month) {
        LocalDate today = clock.businessDate();
        if (month.isAfter(YearMonth.from(today))) {
            throw new StatementMonthInFuture(month, today);
        }
        List<MerchantLoanMonth> loans = new ArrayList<>();
        LoanFigures total = LoanFigures.NONE;
        for (Plan plan : loansOf(merchantId)) {
            if (plan.captureDate().isAfter(month.atEndOfMonth())) {
                continue;
            }
            LoanMonth loanMonth = LoanMonth.of(plan.id(), month, ledger.findByPlanIdOrderByEntryId(plan.id()));
            if (loanMonth.isEmpty()) {
                continue;
            }
            loans.add(MerchantLoanStatement.loan(
                    loanMonth, plan.captureDate(), plan.status().name()));
            total = total.plus(loanMonth.figures());
        }
        return new MerchantLoanStatement(
                merchantId, month.toString(), month.atDay(1), month.atEndOfMonth(), today, loans, total);
    }

    /** The merchant's loans, oldest first. */
    private List<Plan> loansOf(String merchantId) {
        return plans.findByCustomerIdOrderByCaptureDateAscCreatedAtAsc(borrowerOf(merchantId)).stream()
                .filter(p -> p.terms().product() == Product.MERCHANT)
                .toList();
    }

    private static boolean isMerchantLoanOf(Plan plan, String merchantId) {
        return plan.customerId().equals(borrowerOf(merchantId)) && plan.terms().product() == Product.MERCHANT;
    }

    private static CustomerId borrowerOf(String merchantId) {
        return CustomerId.of(MerchantLineDecided.borrowerIdOf(merchantId));
    }
}
