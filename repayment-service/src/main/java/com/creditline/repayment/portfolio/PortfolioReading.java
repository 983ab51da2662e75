package com.creditline.repayment.portfolio;

import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import com.creditline.repayment.portfolio.model.DaysPastDueBand;
import com.creditline.repayment.portfolio.model.DelinquencyProfile;
import com.creditline.repayment.portfolio.model.PortfolioBucket;
import com.creditline.repayment.portfolio.model.VintageCurves;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the portfolio for the dashboard. The database groups plans by what the rules need (whether
 * charged off, the due date of the oldest unpaid installment) so that a large book comes back as a
 * few rows; the rules in {@code model} sort the groups.
 */
@Component
class PortfolioReading {

    /** Plans and outstanding principal of one bucket. */
    record BucketLine(PortfolioBucket bucket, long plans, Money outstandingPrincipal) {}

    /** Active plans and their outstanding principal in one band of days past due. */
    record BandLine(
            DaysPastDueBand band,
            int from,

            @Schema(
                    types = {"integer", "null"},
                    description = "The band's last day past due; null when open-ended.")
            Integer to,

            long plans,
            Money outstandingPrincipal) {}

    @Schema(
            description = "The open portfolio on the business date: active plans by their own days past due, and"
                    + " charged-off plans with the principal written off that is not recovered yet.")
    record Delinquency(
            LocalDate businessDate,
            long plans,
            Money outstandingPrincipal,
            List<BucketLine> buckets,
            List<BandLine> daysPastDue) {}

    @Schema(
            description = "A month on book of a vintage: how many of its plans had reached the days past due by the"
                    + " end of it, and their share of the vintage (4 decimals).")
    record VintagePoint(int monthsOnBook, long reached, BigDecimal rate) {}

    record VintageLine(
            @Schema(description = "The opening month.", example = "2026-01")
            String month,

            long plans,
            List<VintagePoint> curve) {}

    @Schema(
            description = "Vintage bad rates: plans by opening month and the share that reached the days past due by"
                    + " each month on book (calendar months from the opening month), up to 12.")
    record Vintages(LocalDate businessDate, int daysPastDue, List<VintageLine> vintages) {}

    static final int LONGEST_MONTHS_ON_BOOK = 12;

    private final JdbcClient jdbc;
    private final BusinessClock clock;

    PortfolioReading(JdbcClient jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Delinquency delinquency() {
        LocalDate date = clock.businessDate();
        DelinquencyProfile profile = new DelinquencyProfile(date);
        jdbc.sql("""
                        SELECT charged_off, oldest, count(*) AS plans, sum(outstanding_principal) AS principal
                          FROM (SELECT p.status = 'CHARGED_OFF' AS charged_off, p.outstanding_principal,
                                       min(i.due_date) FILTER (WHERE i.status IN ('DUE', 'OVERDUE')
                                                                 AND i.due_date < :d) AS oldest
                                  FROM plan p LEFT JOIN installment i ON i.plan_id = p.plan_id
                                 WHERE p.status IN ('ACTIVE', 'CHARGED_OFF')
                                 GROUP BY p.plan_id) plans
                         GROUP BY charged_off, oldest""").param("d", date).query(rs -> {
            Date oldest = rs.getDate("oldest");
            profile.add(
                    rs.getBoolean("charged_off"),
                    oldest == null ? null : oldest.toLocalDate(),
                    rs.getLong("plans"),
                    Money.of(rs.getBigDecimal("principal")));
        });
        DelinquencyProfile.Tally total = profile.total();
        return new Delinquency(
                date,
                total.plans(),
                total.outstandingPrincipal(),
                profile.buckets().stream()
                        .map(b -> new BucketLine(
                                b.getKey(), b.getValue().plans(), b.getValue().outstandingPrincipal()))
                        .toList(),
                profile.bands().stream()
                        .map(b -> new BandLine(
                                b.getKey(),
                                b.getKey().from(),
                                b.getKey().to(),
                                b.getValue().plans(),
                                b.getValue().outstandingPrincipal()))
                        .toList());
    }

    /** The vintages of the last {@code months} opening months (the business date's month among them). */
    @Transactional(readOnly = true)
    Vintages vintages(int months, int daysPastDue) {
        LocalDate date = clock.businessDate();
        LocalDate from = YearMonth.from(date).minusMonths(months - 1L).atDay(1);
        VintageCurves curves = new VintageCurves(date, daysPastDue, LONGEST_MONTHS_ON_BOOK);
        jdbc.sql("""
                        SELECT CAST(date_trunc('month', capture_date) AS date) AS month, count(*) AS plans
                          FROM plan WHERE capture_date >= :from AND capture_date <= :d GROUP BY 1""").param("from", from).param("d", date).query(rs -> {
            curves.opened(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getLong("plans"));
        });
        // Only installments that were ever past due can have reached any days past due.
        jdbc.sql("""
                        SELECT i.plan_id, p.capture_date, i.due_date, i.settled_on
                          FROM installment i JOIN plan p ON p.plan_id = i.plan_id
                         WHERE p.capture_date >= :from AND p.capture_date <= :d AND i.due_date < :d
                           AND (i.settled_on IS NULL OR i.settled_on > i.due_date)""").param("from", from).param("d", date).query(rs -> {
            Date settled = rs.getDate("settled_on");
            curves.pastDue(
                    rs.getObject("plan_id"),
                    rs.getDate("capture_date").toLocalDate(),
                    rs.getDate("due_date").toLocalDate(),
                    settled == null ? null : settled.toLocalDate());
        });
        return new Vintages(
                date,
                daysPastDue,
                curves.vintages().stream()
                        .map(v -> new VintageLine(
                                v.month().toString(),
                                v.plans(),
                                v.curve().stream()
                                        .map(p -> new VintagePoint(p.monthsOnBook(), p.reached(), p.rate()))
                                        .toList()))
                        .toList());
    }
}
