package com.creditline.creditlimit.reconciliation;

import com.creditline.common.id.CustomerId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares, per customer, three sets of books that must agree once events have settled: the
 * line's outstanding principal with the repayment ledger's, the line's holds with checkout's open
 * authorisations, and checkout's plans with repayment's. Pure: it is given the figures.
 */
public final class Reconciliation {

    /** The line's own figures for a customer. */
    public record Line(BigDecimal outstanding, BigDecimal held) {}

    /** repayment-service's figures for a customer. */
    public record Ledger(BigDecimal outstandingPrincipal, int plans) {}

    /** checkout-installment-service's figures for a customer. */
    public record Orders(BigDecimal stillHeld, int plans) {}

    private Reconciliation() {}

    public static List<Difference> compare(
            Map<CustomerId, Line> lines, Map<CustomerId, Ledger> ledgers, Map<CustomerId, Orders> orders) {
        Set<CustomerId> customers = new TreeSet<>(Comparator.comparing(CustomerId::value));
        customers.addAll(lines.keySet());
        customers.addAll(ledgers.keySet());
        customers.addAll(orders.keySet());
        List<Difference> differences = new ArrayList<>();
        for (CustomerId customer : customers) {
            Line line = lines.getOrDefault(customer, new Line(BigDecimal.ZERO, BigDecimal.ZERO));
            Ledger ledger = ledgers.getOrDefault(customer, new Ledger(BigDecimal.ZERO, 0));
            Orders order = orders.getOrDefault(customer, new Orders(BigDecimal.ZERO, 0));
            int outstanding = line.outstanding().compareTo(ledger.outstandingPrincipal());
            if (outstanding != 0) {
                differences.add(
                        new Difference(
                                customer,
                                Difference.Check.OUTSTANDING,
                                line.outstanding(),
                                ledger.outstandingPrincipal(),
                                line.outstanding().subtract(ledger.outstandingPrincipal()),
                                outstanding > 0
                                        ? "principal repaid or refunded in repayment-service not yet taken off the line"
                                                + " (a PrincipalReduced event in flight, or lost)"
                                        : "principal captured on the line that repayment-service has no plan for yet"
                                                + " (a PlanCreated event in flight, or a capture whose plan was never created)"));
            }
            int held = line.held().compareTo(order.stillHeld());
            if (held != 0) {
                differences.add(
                        new Difference(
                                customer,
                                Difference.Check.HELD,
                                line.held(),
                                order.stillHeld(),
                                line.held().subtract(order.stillHeld()),
                                held > 0
                                        ? "a hold with no open authorisation in checkout (leaked: it lapses after its lifetime)"
                                        : "an authorisation checkout thinks open whose hold is gone from the line (lapsed or released)"));
            }
            if (order.plans() != ledger.plans()) {
                differences.add(new Difference(
                        customer,
                        Difference.Check.PLANS,
                        BigDecimal.valueOf(order.plans()),
                        BigDecimal.valueOf(ledger.plans()),
                        BigDecimal.valueOf(order.plans() - ledger.plans()),
                        "plans created at checkout and plans kept by repayment-service differ"
                                + " (a PlanCreated event in flight, or lost)"));
            }
        }
        return differences;
    }
}
