package com.creditline.repayment.reconciliation;

import com.creditline.common.security.Access;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's totals per customer, for credit-limit-service's reconciliation (internal: the
 * gateway does not route {@code /internal/...}, and only a peer service's token is accepted).
 * Hidden from the OpenAPI document: it is for a peer service, not for partners.
 */
@Hidden
@RestController
class LedgerTotalsController {

    record CustomerTotals(String customerId, BigDecimal outstandingPrincipal, int plans) {}

    private final JdbcTemplate jdbc;

    LedgerTotalsController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/internal/v1/reconciliation/ledger-totals")
    @PreAuthorize(Access.SERVICE)
    List<CustomerTotals> totals() {
        return jdbc.query(
                "SELECT customer_id, sum(outstanding_principal), count(*) FROM plan GROUP BY customer_id",
                (rs, i) -> new CustomerTotals(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3)));
    }
}
