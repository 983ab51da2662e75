package com.creditline.repayment.reconciliation;

import com.creditline.common.id.CustomerId;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger's totals per customer, summed by the database over every plan. */
@Repository
class LedgerTotals {

    /**
     * One customer's outstanding principal on the books over all their plans (a charged-off plan's is
     * written off), and how many plans they have.
     */
    record CustomerTotals(CustomerId customerId, BigDecimal outstandingPrincipal, int plans) {}

    private final JdbcClient jdbc;

    LedgerTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomerTotals> perCustomer() {
        return jdbc.sql(
                        "SELECT customer_id, coalesce(sum(outstanding_principal) FILTER (WHERE status <> 'CHARGED_OFF'), 0),"
                                + " count(*) FROM plan GROUP BY customer_id")
                .query((rs, i) -> new CustomerTotals(CustomerId.of(rs.getString(1)), rs.getBigDecimal(2), rs.getInt(3)))
                .list();
    }
}
