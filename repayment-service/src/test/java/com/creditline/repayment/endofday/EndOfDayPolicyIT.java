package com.creditline.repayment.endofday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.repayment.customer.model.Arrears;
import com.creditline.repayment.endofday.ExpectedBook.ClosedDay;
import com.creditline.repayment.plan.Bookkeeping;
import com.creditline.repayment.plan.Plans;
import com.creditline.repayment.plan.model.Booking;
import com.creditline.repayment.plan.model.Installment;
import com.creditline.repayment.plan.model.LateFeePolicy;
import com.creditline.repayment.plan.model.Plan;
import com.creditline.repayment.plan.model.PlanStatus;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * End of day's set-based SQL checked against the Java rules (STYLE.md rule 16): a generated book
 * of {@value #PLANS} plans on the real PostgreSQL, closed for {@value #DATES} business dates in a
 * row by the real statements, each date also closed in memory by the model ({@link ExpectedBook}:
 * {@code Plan.markOverdue}, {@code Plan.chargeLateFees} under {@link LateFeePolicy}, {@code
 * Plan.arrears}). After each date every installment's status and late fee, every late fee in the
 * ledger, every customer's standing and every DelinquencyChanged must be what Java says; the first
 * difference fails the test with a report naming the installment (or customer), the date, the
 * field, and both values.
 *
 * <p>Between dates the customers pay as the benchmark's book has them pay (whole installments, in
 * SQL), and some pay part of what they owe or get a refund through the model, so that partly paid
 * installments, shrunk fees and moving principal-days reach end of day too. A share of the plans
 * is priced near the APR cap, so that the cap decides many late fees.
 */
@SpringBootTest(properties = "creditline.outbox.poll-interval=1h")
@RealInfrastructure
class EndOfDayPolicyIT {

    static final int PLANS = 10_000;
    static final int DATES = 40;
    static final int NEAR_CAP_PERCENT = 15;
    /** Partial payments and refunds through the model between two dates. */
    static final int MODEL_CHANGES_A_DAY = 25;
    /** In the past, behind the business clock, so that the runs never move it. */
    static final LocalDate FIRST_DATE = LocalDate.of(2021, 5, 20);

    /** One place where the database and the Java rules disagree after a date. */
    record Difference(LocalDate date, String where, String field, String sql, String java, String context) {

        @Override
        public String toString() {
            return where + " on " + date + ": " + field + ": SQL " + sql + ", Java " + java
                    + (context == null ? "" : "\n      (" + context + ")");
        }
    }

    @Autowired
    JdbcClient jdbc;

    /** Time spent in end of day's SQL itself, the rest being the book, the Java rules and the checks. */
    double sqlSeconds;

    double javaSeconds;

    double checkSeconds;

    double betweenSeconds;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EntityManager entityManager;

    @Autowired
    EndOfDay endOfDay;

    @Autowired
    LateFeePolicy policy;

    @Autowired
    Plans plans;

    @Autowired
    Bookkeeping bookkeeping;

    @AfterEach
    void clearTheBook() {
        // Other tests run end of day from the business date: leave no processed dates behind.
        new BulkBook(jdbc, transactions).clear();
    }

    @Test
    void shouldCloseEveryDateOfAGeneratedBookAsTheJavaRulesSay() {
        long started = System.nanoTime();
        BulkBook book = new BulkBook(jdbc, transactions);
        book.clear();
        book.generate(PLANS, FIRST_DATE, NEAR_CAP_PERCENT);
        ExpectedBook expected = expectedBook(policy);
        expected.loadAll();
        long lateFees = 0;
        long cappedOrRefused = 0;
        for (int n = 0; n < DATES; n++) {
            LocalDate date = FIRST_DATE.plusDays(n);
            if (n > 0) {
                long between = System.nanoTime();
                book.payInstallmentsDue(date);
                changeSomePlansThroughTheModel(expected, date.minusDays(1), new Random(n));
                expected.reload(plansChangedOn(date.minusDays(1)));
                betweenSeconds += (System.nanoTime() - between) / 1e9;
            }
            Comparison comparison = closeBothWays(expected, date);
            if (!comparison.found().isEmpty()) {
                fail(report(comparison.found()));
            }
            ClosedDay closed = comparison.closed();
            lateFees += closed.lateFees().size();
            cappedOrRefused += closed.capped();
        }
        System.out.printf(
                "[end-of-day policy] %,d plans, %d dates, %s: %,d late fees, %,d of them capped or refused by the"
                        + " APR cap, all as Java says, in %.1f s (end of day's SQL %.1f s, Java rules %.1f s, checks"
                        + " %.1f s, payments and refunds between dates %.1f s)%n",
                PLANS,
                DATES,
                book.describe(),
                lateFees,
                cappedOrRefused,
                (System.nanoTime() - started) / 1e9,
                sqlSeconds,
                javaSeconds,
                checkSeconds,
                betweenSeconds);
        assertThat(cappedOrRefused).as("the book exercises the APR cap").isPositive();
    }

    /**
     * The oracle can fail: a Java policy with one day less of grace than the SQL is given disagrees
     * with it, and the report names the first installment where they part.
     */
    @Test
    void shouldNameTheFirstInstallmentWhereTheSqlAndTheJavaRulesDiffer() {
        BulkBook book = new BulkBook(jdbc, transactions);
        book.clear();
        book.generate(500, FIRST_DATE, NEAR_CAP_PERCENT);
        LateFeePolicy shorterGrace = new LateFeePolicy(policy.graceDays() - 1, policy.dailyRate(), policy.aprCap());
        ExpectedBook expected = expectedBook(shorterGrace);
        expected.loadAll();

        List<Difference> differences = List.of();
        for (int n = 0; n < 10 && differences.isEmpty(); n++) {
            differences = closeBothWays(expected, FIRST_DATE.plusDays(n)).found();
        }

        assertThat(differences).isNotEmpty();
        String report = report(differences);
        System.out.println(report);
        assertThat(report)
                .containsPattern("The first:\\n  plan [0-9a-f-]{36} installment \\d+ on \\d{4}-\\d\\d-\\d\\d:"
                        + " late fee charged on the day: SQL none, Java \\d+\\.\\d\\d\\n      \\(due ");
    }

    private ExpectedBook expectedBook(LateFeePolicy rules) {
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        return new ExpectedBook(entityManager, readOnly, rules);
    }

    /** What closing one date both ways gave: what Java did, and where the database differs. */
    record Comparison(ClosedDay closed, List<Difference> found) {}

    /** Closes {@code date} in Java and then in SQL, and finds where they differ. */
    private Comparison closeBothWays(ExpectedBook expected, LocalDate date) {
        Map<String, int[]> standingsBefore = standings();
        long outboxBefore = jdbc.sql("SELECT coalesce(max(position), 0) FROM outbox_event")
                .query(Long.class)
                .single();
        long started = System.nanoTime();
        ClosedDay java = expected.close(date);
        Map<String, Arrears> arrears = expected.arrears(date);
        long sqlStarted = System.nanoTime();
        transactions.execute(status -> endOfDay.close(date).orElseThrow());
        long checkStarted = System.nanoTime();
        List<Difference> differences = new ArrayList<>();
        compareInstallments(expected, date, java, differences);
        compareStandings(arrears, date, java, standingsBefore, differences);
        compareDelinquencyEvents(arrears, date, standingsBefore, outboxBefore, differences);
        javaSeconds += (sqlStarted - started) / 1e9;
        sqlSeconds += (checkStarted - sqlStarted) / 1e9;
        checkSeconds += (System.nanoTime() - checkStarted) / 1e9;
        return new Comparison(java, differences);
    }

    private void compareInstallments(
            ExpectedBook expected, LocalDate date, ClosedDay java, List<Difference> differences) {
        Map<String, Object[]> rows = new HashMap<>();
        jdbc.sql("SELECT plan_id, installment_number, status, late_fee FROM installment")
                .query(rs -> {
                    rows.put(
                            ExpectedBook.key(rs.getObject(1, UUID.class), rs.getInt(2)),
                            new Object[] {rs.getString(3), Money.of(rs.getBigDecimal(4))});
                });
        Map<String, Money> charged = new HashMap<>();
        jdbc.sql("SELECT plan_id, installment_number, amount FROM ledger_entry"
                        + " WHERE kind = 'LATE_FEE_CHARGED' AND business_date = :d")
                .param("d", date)
                .query(rs -> {
                    charged.put(
                            ExpectedBook.key(rs.getObject(1, UUID.class), rs.getInt(2)), Money.of(rs.getBigDecimal(3)));
                });
        for (Plan plan : expected.plans()) {
            for (Installment i : plan.installments()) {
                String key = ExpectedBook.key(plan.id().value(), i.number());
                Object[] row = rows.remove(key);
                String where = "plan " + plan.id() + " installment " + i.number();
                Supplier<String> context = () -> expected.describe(plan.id().value(), i.number(), date);
                if (row == null) {
                    differences.add(new Difference(date, where, "row", "missing", "present", context.get()));
                    continue;
                }
                differ(differences, date, where, "status", row[0], i.status().name(), context);
                differ(
                        differences,
                        date,
                        where,
                        "late fee charged on the day",
                        charged.remove(key),
                        java.lateFees().get(key),
                        context);
                differ(differences, date, where, "late fee", row[1], i.lateFee(), context);
            }
        }
        rows.keySet()
                .forEach(key ->
                        differences.add(new Difference(date, "installment " + key, "row", "present", "missing", null)));
        charged.forEach((key, amount) -> differences.add(new Difference(
                date, "installment " + key, "late fee charged on the day", amount.toString(), "none", null)));
    }

    private void compareStandings(
            Map<String, Arrears> arrears,
            LocalDate date,
            ClosedDay java,
            Map<String, int[]> before,
            List<Difference> differences) {
        jdbc.sql("SELECT customer_id, days_past_due, overdue_amount, oldest_due_date, on_time_streak"
                        + " FROM customer_standing ORDER BY customer_id")
                .query(rs -> {
                    String customer = rs.getString(1);
                    Arrears want = arrears.getOrDefault(customer, Arrears.NONE);
                    String where = "customer " + customer;
                    Supplier<String> context = () -> "Java: oldest unpaid installment due " + want.oldestDueDate();
                    differ(differences, date, where, "days past due", rs.getInt(2), want.daysPastDue(), context);
                    differ(
                            differences,
                            date,
                            where,
                            "overdue amount",
                            Money.of(rs.getBigDecimal(3)),
                            want.overdueAmount(),
                            context);
                    differ(
                            differences,
                            date,
                            where,
                            "oldest due date",
                            rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                            want.oldestDueDate(),
                            context);
                    int streakBefore = before.getOrDefault(customer, new int[2])[1];
                    differ(
                            differences,
                            date,
                            where,
                            "on-time streak",
                            rs.getInt(5),
                            java.streakBroken().contains(customer) ? 0 : streakBefore,
                            context);
                });
    }

    private void compareDelinquencyEvents(
            Map<String, Arrears> arrears,
            LocalDate date,
            Map<String, int[]> before,
            long outboxBefore,
            List<Difference> differences) {
        Map<String, String> published = new HashMap<>();
        jdbc.sql("""
                        SELECT message_key, concat_ws(' ', envelope->'payload'->>'daysPastDue',
                                                      envelope->'payload'->'overdueAmount'->>'amount',
                                                      envelope->'payload'->>'oldestDueDate',
                                                      envelope->'payload'->>'businessDate')
                        FROM outbox_event WHERE event_type = 'DelinquencyChanged' AND position > :after
                        """).param("after", outboxBefore).query(rs -> {
            published.put(rs.getString(1), rs.getString(2));
        });
        Map<String, String> wanted = new HashMap<>();
        before.forEach((customer, standing) -> {
            Arrears now = arrears.getOrDefault(customer, Arrears.NONE);
            if (standing[0] != now.daysPastDue()) {
                wanted.put(customer, event(now, date));
            }
        });
        new TreeSet<>(published.keySet())
                .forEach(customer -> differ(
                        differences,
                        date,
                        "customer " + customer,
                        "DelinquencyChanged",
                        published.get(customer),
                        wanted.remove(customer),
                        () -> null));
        new TreeSet<>(wanted.keySet())
                .forEach(customer -> differ(
                        differences,
                        date,
                        "customer " + customer,
                        "DelinquencyChanged",
                        null,
                        wanted.get(customer),
                        () -> null));
    }

    private static String event(Arrears arrears, LocalDate date) {
        // As the payload reads in the query above: no date when cured.
        return Stream.of(
                        String.valueOf(arrears.daysPastDue()),
                        arrears.overdueAmount().amount().toPlainString(),
                        arrears.oldestDueDate() == null
                                ? null
                                : arrears.oldestDueDate().toString(),
                        date.toString())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }

    private static void differ(
            List<Difference> differences,
            LocalDate date,
            String where,
            String field,
            Object sql,
            Object java,
            Supplier<String> context) {
        if (!Objects.equals(sql, java)) {
            differences.add(new Difference(date, where, field, shown(sql), shown(java), context.get()));
        }
    }

    private static String shown(Object value) {
        return value == null ? "none" : value.toString();
    }

    /** Customer -> {days past due, on-time streak}, as the database holds them now. */
    private Map<String, int[]> standings() {
        Map<String, int[]> standings = new HashMap<>();
        jdbc.sql("SELECT customer_id, days_past_due, on_time_streak FROM customer_standing")
                .query(rs -> {
                    standings.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        return standings;
    }

    /**
     * Some customers pay part of what they owe now, or pay off, and some plans get a partial
     * refund, through the model as the service would take them, on {@code day}.
     */
    private void changeSomePlansThroughTheModel(ExpectedBook expected, LocalDate day, Random random) {
        List<UUID> active = expected.plans().stream()
                .filter(p -> p.status() == PlanStatus.ACTIVE)
                .map(p -> p.id().value())
                .sorted()
                .toList();
        transactions.executeWithoutResult(status -> {
            for (int n = 0; n < MODEL_CHANGES_A_DAY && !active.isEmpty(); n++) {
                Plan plan = plans.findById(PlanId.of(active.get(random.nextInt(active.size()))))
                        .orElseThrow();
                if (plan.status() != PlanStatus.ACTIVE) {
                    continue;
                }
                String reference = "policy-it:" + day + ":" + n;
                if (random.nextInt(4) == 0) {
                    Money refund = share(plan.outstandingPrincipal(), random);
                    if (refund.isPositive()) {
                        bookkeeping.record(
                                new Booking(plan.id(), day, reference, Instant.EPOCH),
                                plan.refund(refund, day).postings());
                    }
                } else {
                    Money owed = random.nextInt(5) == 0 ? plan.payoffAmount(day) : plan.dueNow(day);
                    Money payment = random.nextInt(3) == 0 ? owed : share(owed, random);
                    if (payment.isPositive()) {
                        bookkeeping.record(
                                new Booking(plan.id(), day, reference, Instant.EPOCH),
                                plan.pay(payment, day).postings());
                    }
                }
            }
        });
    }

    private static Money share(Money whole, Random random) {
        return whole.times(BigDecimal.valueOf(1 + random.nextInt(99), 2)).min(whole);
    }

    /** The plans whose money moved on {@code day}: paid, refunded. */
    private List<UUID> plansChangedOn(LocalDate day) {
        return jdbc.sql("SELECT DISTINCT plan_id FROM ledger_entry WHERE business_date = :d"
                        + " AND kind <> 'LATE_FEE_CHARGED'")
                .param("d", day)
                .query(UUID.class)
                .list();
    }

    private static String report(List<Difference> differences) {
        StringBuilder report = new StringBuilder();
        report.append("End of day's SQL and the Java rules differ in ")
                .append(differences.size())
                .append(" places on ")
                .append(differences.getFirst().date())
                .append(". The first:\n  ")
                .append(differences.getFirst());
        if (differences.size() > 1) {
            report.append("\nThen:");
            differences.stream()
                    .skip(1)
                    .limit(9)
                    .forEach(d -> report.append("\n  ").append(d));
        }
        return report.toString();
    }
}
