package com.creditline.checkout.reconciliation;

import com.creditline.common.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checkout's totals per customer, for credit-limit-service's reconciliation (internal: the
 * gateway does not route {@code /internal/...}, and only a peer service's token is accepted): what open authorisations still hold, and how
 * many plans captures started.
 */
@RestController
@Tag(name = "Reconciliation (internal)", description = "For credit-limit-service only; not routed by the gateway.")
class OrderTotalsController {

    record CustomerTotals(String customerId, BigDecimal stillHeld, int plans) {}

    private final JdbcTemplate jdbc;

    OrderTotalsController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/internal/v1/reconciliation/order-totals")
    @PreAuthorize(Access.SERVICE)
    @Operation(
            summary = "Checkout's totals per customer",
            description = "What open authorisations and cash draws awaiting their payout still hold, and how many"
                    + " plans captures and paid-out cash draws started, per customer with an order that was not"
                    + " declined or a cash draw; credit-limit-service compares them with its line.")
    @ApiResponse(responseCode = "200", description = "The totals, one per customer.")
    List<CustomerTotals> totals() {
        return jdbc.query(
                // A cash draw holds on the line while its payout is on its way, and a paid one is a plan.
                "SELECT customer_id, sum(held), sum(plans) FROM ("
                        + " SELECT o.customer_id, CASE WHEN o.status IN ('AUTHORISED', 'IN_REVIEW')"
                        + " THEN o.amount - o.captured - o.released ELSE 0 END AS held,"
                        + " (SELECT count(*) FROM plan p WHERE p.order_id = o.order_id) AS plans"
                        + " FROM financed_order o WHERE o.status <> 'DECLINED'"
                        + " UNION ALL SELECT d.customer_id,"
                        + " CASE WHEN d.status = 'REQUESTED' AND d.hold_placed THEN d.amount ELSE 0 END,"
                        + " CASE WHEN d.status = 'PAID' THEN 1 ELSE 0 END FROM cash_draw d"
                        + ") t GROUP BY customer_id",
                (rs, i) -> new CustomerTotals(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3)));
    }
}
