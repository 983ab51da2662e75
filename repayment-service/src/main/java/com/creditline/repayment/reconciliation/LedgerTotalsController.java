package com.creditline.repayment.reconciliation;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's totals per customer, for credit-limit-service's reconciliation (internal: the
 * gateway does not route {@code /internal/...}).
 */
@RestController
class LedgerTotalsController {

    record CustomerTotals(String customerId, BigDecimal outstandingPrincipal, int plans) {}

    private final JdbcTemplate jdbc;

    LedgerTotalsController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/internal/v1/reconciliation/ledger-totals")
    List<CustomerTotals> totals() {
        return jdbc.query(
                "SELECT customer_id, sum(outstanding_principal), count(*) FROM plan GROUP BY customer_id",
                (rs, i) -> new CustomerTotals(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3)));
    }
}
