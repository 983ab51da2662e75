package com.creditline.repayment.endofday;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.customer.model.Arrears;
import com.creditline.repayment.plan.model.Installment;
import com.creditline.repayment.plan.model.LateFeePolicy;
import com.creditline.repayment.plan.model.Plan;
import com.creditline.repayment.plan.model.Posting;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The book as the Java rules keep it: every plan loaded once through JPA into memory, closed date
 * by date by the model ({@code Plan.markOverdue}, {@code Plan.chargeLateFees} under the {@link
 * LateFeePolicy}, {@code Plan.arrears}), never written back. What changes a plan between dates
 * (payments, refunds) happens in the database; {@link #reload} brings those plans in again.
 */
final class ExpectedBook {

    /**
     * What the Java rules did when closing one date: the late fees by installment, the customers
     * whose on-time streak broke, and how many installments past grace the APR cap left short of
     * their day's fee.
     */
    record ClosedDay(LocalDate date, Map<String, Money> lateFees, Set<String> streakBroken, int capped) {}

    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final LateFeePolicy policy;
    private final Map<UUID, Plan> plans = new TreeMap<>();

    ExpectedBook(EntityManager entityManager, TransactionTemplate readOnly, LateFeePolicy policy) {
        this.entityManager = entityManager;
        this.readOnly = readOnly;
        this.policy = policy;
    }

    /** Loads every plan, as the database holds it now. */
    void loadAll() {
        load("select p from Plan p join fetch p.installments", Map.of());
    }

    /** Loads these plans again, as the database holds them now (after payments or refunds). */
    void reload(Collection<UUID> planIds) {
        List<UUID> ids = List.copyOf(planIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            List<PlanId> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000)).stream()
                    .map(PlanId::of)
                    .toList();
            load("select p from Plan p join fetch p.installments where p.planId in :ids", Map.of("ids", chunk));
        }
    }

    private void load(String query, Map<String, Object> params) {
        readOnly.executeWithoutResult(status -> {
            var typed = entityManager.createQuery(query, Plan.class);
            params.forEach(typed::setParameter);
            typed.getResultList().forEach(plan -> plans.put(plan.id().value(), plan));
            // Detached from here on: what the rules change in memory never reaches the database.
            entityManager.clear();
        });
    }

    /** Closes {@code date} on every plan, as end of day would, in memory. */
    ClosedDay close(LocalDate date) {
        Map<String, Money> lateFees = new HashMap<>();
        Set<String> streakBroken = new HashSet<>();
        int capped = 0;
        for (Plan plan : plans.values()) {
            if (!plan.markOverdue(date).isEmpty()) {
                streakBroken.add(plan.customerId().value());
            }
            for (Posting fee : plan.chargeLateFees(date, policy)) {
                lateFees.put(key(plan.id().value(), fee.installmentNumber()), fee.amount());
            }
            for (Installment i : plan.installments()) {
                if (policy.charges(i.daysPastDue(date))
                        && policy.dayFee(i.unpaidPrincipal().plus(i.unpaidFee()))
                                .isGreaterThan(
                                        lateFees.getOrDefault(key(plan.id().value(), i.number()), Money.ZERO))) {
                    capped++;
                }
            }
        }
        return new ClosedDay(date, lateFees, streakBroken, capped);
    }

    /** Every customer's arrears on {@code date}, across their plans (customers with none are absent). */
    Map<String, Arrears> arrears(LocalDate date) {
        Map<String, Arrears> arrears = new HashMap<>();
        for (Plan plan : plans.values()) {
            Arrears planArrears = plan.arrears(date);
            if (planArrears.oldestDueDate() != null) {
                arrears.merge(plan.customerId().value(), planArrears, Arrears::and);
            }
        }
        return arrears;
    }

    /** Every plan, by id. */
    Collection<Plan> plans() {
        return plans.values();
    }

    Plan plan(UUID planId) {
        return plans.get(planId);
    }

    LateFeePolicy policy() {
        return policy;
    }

    /** Where the installment stands in Java after closing {@code date}: what a reader of a difference needs. */
    String describe(UUID planId, int number, LocalDate date) {
        Plan plan = plans.get(planId);
        if (plan == null) {
            return "plan unknown to Java";
        }
        Installment i = plan.installment(number);
        return "due " + i.dueDate() + ", " + i.daysPastDue(date).days() + " days past due, " + i.status()
                + ", unpaid principal " + i.unpaidPrincipal() + " + fee " + i.unpaidFee() + " + late fee "
                + i.unpaidLateFee() + "; plan " + plan.customerId().value() + ": cost " + policy.cost(plan, date)
                + " under a cap of " + policy.costCap(plan.principalDaysBefore(date)) + " (Java, after the day)";
    }

    static String key(UUID planId, int installmentNumber) {
        return planId + "/" + installmentNumber;
    }
}
