package com.creditline.risk.merchant;

import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import com.creditline.risk.merchant.model.MerchantDecision;
import com.creditline.risk.merchant.model.MerchantFeatures;
import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.ModelOrigin;
import com.creditline.risk.scoring.ModelVersion;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Decisions on merchants' applications (table {@code merchant_line_decision}), with the features each
 * was taken on in columns of their own, to train on once merchant outcomes are known.
 */
@Repository
class MerchantDecisions {

    private final JdbcClient jdbc;

    MerchantDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(MerchantDecision d) {
        MerchantFeatures f = d.features();
        jdbc.sql("INSERT INTO merchant_line_decision (decision_id, merchant_id, approved, score, grade, line_limit,"
                        + " net_sales, reasons, sales_trend, stability, refund_rate, tenure_months, average_rating,"
                        + " active_days_share, model_id, model_version, model_origin, decided_on, decided_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        d.id(),
                        d.merchantId().value(),
                        d.approved(),
                        d.score(),
                        d.grade().name(),
                        d.limit().amount(),
                        d.netSales().amount(),
                        String.join(",", d.reasons()),
                        f.salesTrend(),
                        f.stability(),
                        f.refundRate(),
                        f.tenureMonths(),
                        f.averageRating(),
                        f.activeDaysShare(),
                        d.model().modelId(),
                        d.model().version(),
                        d.model().origin().name(),
                        Date.valueOf(d.decidedOn()),
                        Timestamp.from(d.decidedAt()))
                .update();
    }

    Optional<MerchantDecision> find(MerchantId merchant, UUID id) {
        return jdbc.sql("SELECT * FROM merchant_line_decision WHERE merchant_id = ? AND decision_id = ?")
                .params(merchant.value(), id)
                .query(MerchantDecisions::decision)
                .optional();
    }

    Optional<MerchantDecision> latest(MerchantId merchant) {
        return jdbc.sql("SELECT * FROM merchant_line_decision WHERE merchant_id = ? ORDER BY decided_at DESC LIMIT 1")
                .param(merchant.value())
                .query(MerchantDecisions::decision)
                .optional();
    }

    private static MerchantDecision decision(ResultSet rs, int n) throws SQLException {
        String reasons = rs.getString("reasons");
        return new MerchantDecision(
                rs.getObject("decision_id", UUID.class),
                MerchantId.of(rs.getString("merchant_id")),
                rs.getBoolean("approved"),
                rs.getInt("score"),
                Grade.valueOf(rs.getString("grade")),
                Money.of(rs.getBigDecimal("line_limit")),
                Money.of(rs.getBigDecimal("net_sales")),
                reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(",")),
                new MerchantFeatures(
                        rs.getObject("sales_trend", Double.class),
                        rs.getObject("stability", Double.class),
                        rs.getObject("refund_rate", Double.class),
                        rs.getInt("tenure_months"),
                        rs.getObject("average_rating", Double.class),
                        rs.getDouble("active_days_share")),
                new ModelVersion(
                        rs.getString("model_id"),
                        rs.getInt("model_version"),
                        ModelOrigin.valueOf(rs.getString("model_origin"))),
                rs.getDate("decided_on").toLocalDate(),
                rs.getTimestamp("decided_at").toInstant());
    }
}
