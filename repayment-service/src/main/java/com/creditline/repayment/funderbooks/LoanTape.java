package com.creditline.repayment.funderbooks;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import com.creditline.repayment.funderbooks.FunderLoanTape.FundedLoan;
import com.creditline.repayment.plan.Plans;
import com.creditline.repayment.plan.model.Installment;
import com.creditline.repayment.plan.model.LedgerKind;
import com.creditline.repayment.plan.model.Plan;
import com.creditline.repayment.plan.model.PlanStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A funder's loan tape: the plans it holds or held ({@code plan_funding}), each with its terms, the
 * funder's part, and where the plan stands on the business date as the plan's own rules say (days past
 * due, what is due next). Nothing that names the customer is on it.
 */
@Service
class LoanTape {

    /** The funder's part of a plan, and what the plan's row keeps beside its rules. */
    private record HeldPlan(
            UUID planId, BigDecimal share, Money funded, Money outstanding, String grade, LocalDate chargedOffOn) {}

    private final JdbcClient jdbc;
    private final Plans plans;
    private final BusinessClock clock;

    LoanTape(JdbcClient jdbc, Plans plans, BusinessClock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    FunderLoanTape page(String funderId, int page, int size) {
        LocalDate today = clock.businessDate();
        long total = jdbc.sql("SELECT count(*) FROM plan_funding WHERE holder = :funder")
                .param("funder", funderId)
                .query(Long.class)
                .single();
        List<HeldPlan> holdings = jdbc.sql("""
                        SELECT f.plan_id, f.share, f.funded_principal, f.outstanding_principal, p.grade,
                               CASE WHEN p.status = 'CHARGED_OFF' THEN
                                   (SELECT min(l.business_date) FROM ledger_entry l
                                     WHERE l.plan_id = p.plan_id AND l.kind IN (:chargeOff)) END AS charged_off_on
                          FROM plan_funding f JOIN plan p ON p.plan_id = f.plan_id
                         WHERE f.holder = :funder
                         ORDER BY p.capture_date, p.plan_id
                         LIMIT :size OFFSET :offset""")
                .param(
                        "chargeOff",
                        List.of(LedgerKind.CHARGE_OFF_PRINCIPAL.name(), LedgerKind.CHARGE_OFF_LATE_FEE.name()))
                .param("funder", funderId)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new HeldPlan(
                        rs.getObject("plan_id", UUID.class),
                        rs.getBigDecimal("share"),
                        Money.of(rs.getBigDecimal("funded_principal")),
                        Money.of(rs.getBigDecimal("outstanding_principal")),
                        rs.getString("grade"),
                        rs.getObject("charged_off_on", LocalDate.class)))
                .list();
        Map<PlanId, Plan> byId = plans
                .findAllById(holdings.stream().map(h -> PlanId.of(h.planId())).toList())
                .stream()
                .collect(Collectors.toMap(Plan::id, Function.identity()));
        List<FundedLoan> loans = holdings.stream()
                .map(h -> loan(h, byId.get(PlanId.of(h.planId())), today))
                .toList();
        return new FunderLoanTape(funderId, today, page, size, total, loans);
    }

    private static FundedLoan loan(HeldPlan holding, Plan plan, LocalDate today) {
        Optional<LocalDate> next = plan.status() == PlanStatus.ACTIVE
                ? plan.installments().stream()
                        .filter(i -> !i.isSettled() && !i.dueDate().isBefore(today))
                        .map(Installment::dueDate)
                        .min(LocalDate::compareTo)
                : Optional.empty();
        return new FundedLoan(
                plan.id(),
                plan.captureDate(),
                holding.grade(),
                plan.terms().method().name(),
                plan.terms().product().name(),
                plan.terms().installmentCount(),
                plan.terms().nominalApr(),
                plan.principal(),
                holding.share(),
                holding.funded(),
                holding.outstanding(),
                plan.status().name(),
                plan.arrears(today).daysPastDue(),
                next.orElse(null),
                plan.amountDue(next.orElse(today)),
                holding.chargedOffOn());
    }
}
