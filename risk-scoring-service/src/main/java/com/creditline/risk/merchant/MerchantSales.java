package com.creditline.risk.merchant;

import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import com.creditline.risk.merchant.model.DailySales;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Merchants' daily sales (table {@code merchant_daily_sales}): one row a merchant and day. */
@Repository
class MerchantSales {

    private final JdbcClient jdbc;

    MerchantSales(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the days, each replacing what was reported for the same day before, and returns each
     * day's revision in the order given: 1 for a new day, one more than before for a replacement.
     */
    List<Integer> report(MerchantId merchant, List<DailySales> days, Instant at) {
        return days.stream()
                .map(d -> jdbc.sql("INSERT INTO merchant_daily_sales (merchant_id, sales_date, gross_sales, orders,"
                                + " refunds, rating, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT (merchant_id, sales_date) DO UPDATE"
                                + " SET gross_sales = excluded.gross_sales, orders = excluded.orders,"
                                + " refunds = excluded.refunds, rating = excluded.rating,"
                                + " reported_at = excluded.reported_at, revision = merchant_daily_sales.revision + 1"
                                + " RETURNING revision")
                        .params(
                                merchant.value(),
                                Date.valueOf(d.date()),
                                d.grossSales().amount(),
                                d.orders(),
                                d.refunds().amount(),
                                d.rating(),
                                Timestamp.from(at))
                        .query(Integer.class)
                        .single())
                .toList();
    }

    /** The days reported between two dates (inclusive), in date order. */
    List<DailySales> between(MerchantId merchant, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT * FROM merchant_daily_sales WHERE merchant_id = ? AND sales_date BETWEEN ? AND ?"
                        + " ORDER BY sales_date")
                .params(merchant.value(), Date.valueOf(from), Date.valueOf(to))
                .query(MerchantSales::day)
                .list();
    }

    /** The first day the merchant ever reported; none when it reported nothing. */
    Optional<LocalDate> firstReported(MerchantId merchant) {
        return jdbc.sql("SELECT min(sales_date) FROM merchant_daily_sales WHERE merchant_id = ?")
                .param(merchant.value())
                .query(LocalDate.class)
                .optional();
    }

    private static DailySales day(ResultSet rs, int n) throws SQLException {
        return new DailySales(
                rs.getDate("sales_date").toLocalDate(),
                Money.of(rs.getBigDecimal("gross_sales")),
                rs.getInt("orders"),
                Money.of(rs.getBigDecimal("refunds")),
                rs.getBigDecimal("rating"));
    }
}
