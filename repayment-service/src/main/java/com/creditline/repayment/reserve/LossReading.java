package com.creditline.repayment.reserve;

import com.creditline.common.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each holder wrote off at charge-off, how much of it the platform paid under its guarantee,
 * and what each recovered since (docs/funding.md), read in one snapshot.
 */
@Component
class LossReading {

    @Schema(description = "A holder's losses on charged-off plans and what it recovered of them.")
    record HolderLoss(
            @Schema(description = "PLATFORM or a funder's id.")
            String holder,

            @Schema(description = "The principal it wrote off (and the platform, the late fees).")
            Money chargedOff,

            @Schema(description = "Of what it wrote off, what the platform paid it under its guarantee.")
            Money paidByGuarantee,

            @Schema(description = "What it recovered: its recovery income, net of reversals.")
            Money recovered) {}

    private final JdbcClient jdbc;

    LossReading(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    List<HolderLoss> losses() {
        return jdbc.sql("""
                        WITH charged AS (
                            SELECT holder, sum(charged_off_principal + charged_off_late_fees) AS charged_off,
                                   coalesce(sum(charged_off_principal) FILTER (WHERE guaranteed), 0) AS guaranteed
                              FROM plan_funding GROUP BY holder),
                        recovered AS (
                            SELECT holder, sum(CASE side WHEN 'CREDIT' THEN amount ELSE -amount END) AS recovered
                              FROM journal_line WHERE account = 'RECOVERY_INCOME' GROUP BY holder)
                        SELECT coalesce(c.holder, r.holder) AS holder, coalesce(c.charged_off, 0) AS charged_off,
                               coalesce(c.guaranteed, 0) AS guaranteed, coalesce(r.recovered, 0) AS recovered
                          FROM charged c FULL JOIN recovered r ON r.holder = c.holder
                         WHERE coalesce(c.charged_off, 0) <> 0 OR coalesce(r.recovered, 0) <> 0
                         ORDER BY 1""")
                .query((rs, n) -> new HolderLoss(
                        rs.getString("holder"),
                        Money.of(rs.getBigDecimal("charged_off")),
                        Money.of(rs.getBigDecimal("guaranteed")),
                        Money.of(rs.getBigDecimal("recovered"))))
                .list();
    }
}
