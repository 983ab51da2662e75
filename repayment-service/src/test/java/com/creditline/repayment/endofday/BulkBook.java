package com.creditline.repayment.endofday;

import com.creditline.common.money.Money;
import com.creditline.repayment.journal.model.Account;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.journal.model.JournalLine;
import com.creditline.repayment.plan.model.LedgerKind;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A book of active plans written straight into the schema with set-based SQL (generate_series),
 * as it stands after end of day has processed the day before {@code firstDate}: the benchmark's
 * data. Deterministic for a given size and date (hashes of the plan number, not random()).
 *
 * <p>The book, per plan: 3, 6 or 12 monthly installments (45/35/20%), 200 to 20,000 CNY, a flat
 * monthly fee of 0.6% (none for the 20% the merchant subsidises), captured so that its next due date
 * falls 0 to 27 days after {@code firstDate}: due dates are spread over the month, about 1/28 of the
 * plans has one falling due on any date. Customers hold 2.5 plans on average. Of the installments
 * due before {@code firstDate}: 90% of plans paid every one of them by its due date; 6% missed the
 * latest (1 to 30 days past due, some in grace, most past it and charged late fees for every day
 * after the grace); 4% missed up to the last three (up to about 90 days past due). 3% prepaid their
 * last installment, 5% paid the current one early. The ledger holds what that history wrote
 * (PLAN_CREATED, payments, waived fees, each day's late fee); customers' standings are as end of day
 * left them.
 *
 * <p>Rows lie as production writes them: plans and their installments in the order the plans were
 * captured (a plan's installments together, as one transaction inserts them), ledger entries in
 * the order of their business dates.
 *
 * <p>{@link #payInstallmentsDue} plays the customers between two end-of-day runs: most pay what fell
 * due the day before, a few in arrears pay up.
 */
final class BulkBook {

    /** Of the installments that fell due the day before, this share is paid on its due date. */
    static final int ON_TIME_PERCENT = 90;

    /** Of the overdue installments, this share is paid up each day. */
    static final int CURE_PERCENT = 4;

    /** Plans per customer, on average. */
    static final double PLANS_PER_CUSTOMER = 2.5;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    BulkBook(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Empties the service's tables (not its business date, inbox or idempotency keys). */
    void clear() {
        jdbc.sql(
                        "TRUNCATE merchant_movement, merchant_sale, journal_line, journal_entry, credit_balance_payout, plan_funding, ledger_entry, installment, payment, plan, customer_standing, end_of_day_run, outbox_event")
                .update();
    }

    /**
     * Writes {@code plans} active plans as they stand when end of day is about to process {@code
     * firstDate}, in one transaction.
     */
    void generate(int plans, LocalDate firstDate) {
        generate(plans, firstDate, 0);
    }

    /**
     * The same book, except that {@code nearCapPercent} of the plans are priced at 2.2% a month, so
     * close to the APR cap that the cap, not the daily rate, decides many of their late fees (their
     * generated history charged late fees without the cap: some start above it).
     */
    void generate(int plans, LocalDate firstDate, int nearCapPercent) {
        long customers = Math.max(1, Math.round(plans / PLANS_PER_CUSTOMER));
        transactions.executeWithoutResult(status -> {
            // Bulk-load practice: no foreign-key triggers (the rows are consistent by construction),
            // secondary indexes dropped during the load and built again afterwards.
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql("SET LOCAL work_mem = '512MB'").update();
            List<SecondaryIndex> indexes = secondaryIndexes();
            indexes.forEach(index -> jdbc.sql("DROP INDEX " + index.name()).update());
            for (String statement : STATEMENTS) {
                jdbc.sql(statement)
                        .param("plans", plans)
                        .param("customers", customers)
                        .param("d0", firstDate)
                        .param("nearCap", nearCapPercent)
                        .update();
            }
            indexes.forEach(index -> jdbc.sql(index.definition()).update());
            openingBalances(firstDate.minusDays(1));
        });
    }

    /**
     * The generated book's balances enter the journal as a book taken on from elsewhere would:
     * principal and unpaid late fees owed, against opening balances.
     */
    private void openingBalances(LocalDate on) {
        Money principal = Money.of(jdbc.sql("SELECT coalesce(sum(outstanding_principal), 0) FROM plan")
                .query(BigDecimal.class)
                .single());
        Money lateFees = Money.of(jdbc.sql("SELECT coalesce(sum(late_fee - late_fee_paid), 0) FROM installment")
                .query(BigDecimal.class)
                .single());
        JournalEntry.Draft entry = JournalEntry.draft(
                        on, "opening-balances", "a generated book taken on", Instant.now())
                .debit(Account.PRINCIPAL_RECEIVABLE, principal)
                .debit(Account.LATE_FEE_RECEIVABLE, lateFees)
                .credit(Account.OPENING_BALANCES, principal.plus(lateFees));
        if (!entry.isEmpty()) {
            post(entry.post());
        }
    }

    /** Posts, as one entry, what the ledger entries under the references (a LIKE pattern) moved. */
    private void journal(String references, LocalDate on) {
        JournalEntry.Draft entry = JournalEntry.draft(on, references, "generated payments", Instant.now());
        jdbc.sql("SELECT kind, sum(amount) FROM ledger_entry WHERE reference LIKE ? GROUP BY kind")
                .param(references)
                .query((rs, n) -> LedgerKind.valueOf(rs.getString(1)).book(entry, Money.of(rs.getBigDecimal(2))))
                .list();
        if (!entry.isEmpty()) {
            post(entry.post());
        }
    }

    private void post(JournalEntry entry) {
        long id = jdbc.sql("INSERT INTO journal_entry (business_date, reference, description, recorded_at)"
                        + " VALUES (?, ?, ?, ?) RETURNING entry_id")
                .params(
                        entry.businessDate(),
                        entry.reference(),
                        entry.description(),
                        Timestamp.from(entry.recordedAt()))
                .query(Long.class)
                .single();
        List<JournalLine> lines = entry.lines();
        for (int n = 0; n < lines.size(); n++) {
            JournalLine line = lines.get(n);
            jdbc.sql("INSERT INTO journal_line (entry_id, line_number, account, holder, side, amount)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            n,
                            line.account().name(),
                            line.holder(),
                            line.side().name(),
                            line.amount().amount())
                    .update();
        }
    }

    private record SecondaryIndex(String name, String definition) {}

    /** The indexes of the tables written here that back no constraint, as the migrations made them. */
    private List<SecondaryIndex> secondaryIndexes() {
        return jdbc.sql("""
                        SELECT CAST(CAST(i.indexrelid AS regclass) AS text), pg_get_indexdef(i.indexrelid)
                        FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                        WHERE t.relnamespace = CAST(current_schema() AS regnamespace)
                          AND t.relname IN ('plan', 'installment', 'ledger_entry', 'customer_standing')
                          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                        """)
                .query((rs, n) -> new SecondaryIndex(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** VACUUM ANALYZE of the tables end of day reads and writes (outside any transaction). */
    void vacuumAnalyze() {
        for (String table : List.of("plan", "installment", "ledger_entry", "customer_standing", "outbox_event")) {
            jdbc.sql("VACUUM ANALYZE " + table).update();
        }
    }

    /**
     * The customers' payments on the day before {@code date}: {@link #ON_TIME_PERCENT} of the
     * installments that fell due that day are paid in full on it, and {@link #CURE_PERCENT} of the
     * overdue installments are paid up (late fees included). Returns how many installments were
     * paid. Not part of end of day: the benchmark runs it between dates, untimed.
     */
    int payInstallmentsDue(LocalDate date) {
        return transactions.execute(status -> {
            int paid = jdbc.sql(PAY_INSTALLMENTS_DUE)
                    .param("d", date)
                    .param("onTime", ON_TIME_PERCENT)
                    .param("cure", CURE_PERCENT)
                    .query(Integer.class)
                    .single();
            journal("payment:bench-%-" + date, date.minusDays(1));
            return paid;
        });
    }

    /** What the book holds now: plans, installments by status, customers, ledger entries. */
    String describe() {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM plan) || ' plans, '
                            || (SELECT count(*) FROM customer_standing) || ' customers ('
                            || (SELECT count(*) FROM customer_standing WHERE days_past_due > 0) || ' in arrears), '
                            || (SELECT count(*) FROM installment) || ' installments ('
                            || (SELECT count(*) FROM installment WHERE status = 'DUE') || ' due, '
                            || (SELECT count(*) FROM installment WHERE status = 'OVERDUE') || ' overdue, '
                            || (SELECT count(*) FROM installment WHERE status = 'PAID') || ' paid), '
                            || (SELECT count(*) FROM ledger_entry) || ' ledger entries'
                        """).query(String.class).single();
    }

    // Pseudo-random numbers from the plan number: (hashint8extended(g, k) & 2147483647) % m.
    private static final List<String> STATEMENTS =
            List.of("""
            CREATE TEMP TABLE bench_plan ON COMMIT DROP AS
            WITH draws AS (
                SELECT g,
                       (hashint8extended(g, 1) & 2147483647) % 100 AS size_draw,
                       (hashint8extended(g, 2) & 2147483647) % 1980001 AS principal_draw,
                       (hashint8extended(g, 3) & 2147483647) % 100 AS subsidy_draw,
                       (hashint8extended(g, 4) & 2147483647) AS elapsed_draw,
                       CAST((hashint8extended(g, 5) & 2147483647) % 28 AS integer) AS next_due_in,
                       (hashint8extended(g, 6) & 2147483647) % 100 AS behaviour,
                       (hashint8extended(g, 7) & 2147483647) % 100 AS early
                FROM generate_series(CAST(1 AS bigint), CAST(:plans AS bigint)) g),
            sized AS (
                SELECT d.*, CASE WHEN size_draw < 45 THEN 3 WHEN size_draw < 80 THEN 6 ELSE 12 END AS n
                FROM draws d)
            SELECT g,
                   CAST(md5('bench-plan-' || g) AS uuid) AS plan_id,
                   'bench-order-' || g AS order_id,
                   'bench-' || lpad(CAST(g % :customers AS text), 9, '0') AS customer_id,
                   n,
                   20000 + principal_draw AS principal_fen,
                   CASE WHEN subsidy_draw < 20 THEN 0
                        WHEN subsidy_draw >= 100 - :nearCap THEN round((20000 + principal_draw) * 0.022)
                        ELSE round((20000 + principal_draw) * 0.006) END AS fee_fen,
                   CAST(CAST(:d0 AS date) + next_due_in
                        - make_interval(months => CAST(elapsed_draw % n AS integer) + 1) AS date) AS capture_date,
                   behaviour, early
            FROM sized
            """, "ANALYZE bench_plan", """
            CREATE TEMP TABLE bench_installment ON COMMIT DROP AS
            WITH scheduled AS (
                SELECT p.g, p.plan_id, p.n, j AS number, p.capture_date, p.behaviour, p.early,
                       CASE WHEN j = 1 THEN p.capture_date
                            ELSE CAST(p.capture_date + make_interval(months => j - 1) AS date) END AS period_start,
                       CAST(p.capture_date + make_interval(months => j) AS date) AS due_date,
                       CASE WHEN j < p.n THEN p.principal_fen / p.n
                            ELSE p.principal_fen - (p.n - 1) * (p.principal_fen / p.n) END AS principal_fen,
                       p.fee_fen
                FROM bench_plan p CROSS JOIN LATERAL generate_series(1, p.n) j),
            placed AS (
                SELECT s.*,
                       count(*) FILTER (WHERE s.due_date < CAST(:d0 AS date)) OVER (PARTITION BY s.plan_id) AS past,
                       CAST((hashint8extended(s.g * 16 + s.number, 8) & 2147483647) % 20 AS integer) AS day_draw
                FROM scheduled s),
            classified AS (
                SELECT p.*,
                       p.number <= p.past AND ((p.behaviour BETWEEN 90 AND 95 AND p.number = p.past)
                                               OR (p.behaviour >= 96 AND p.number > p.past - 3)) AS missed,
                       p.number > p.past + 1 AND p.number = p.n AND p.early < 3 AS prepaid,
                       p.number = p.past + 1 AND p.number < p.n AND p.early BETWEEN 3 AND 7
                           AND p.behaviour < 90 AS paid_early
                FROM placed p)
            SELECT c.*,
                   (c.number <= c.past AND NOT c.missed) OR c.prepaid OR c.paid_early AS paid,
                   CASE WHEN c.missed THEN GREATEST(CAST(:d0 AS date) - c.due_date - 4, 0) ELSE 0 END AS late_days,
                   round(0.0005 * (c.principal_fen + c.fee_fen) / 100.0, 2) AS day_fee,
                   CASE WHEN c.prepaid
                            THEN LEAST(CAST(:d0 AS date) - 1, GREATEST(c.capture_date + 1, CAST(:d0 AS date) - 1 - c.day_draw))
                        WHEN c.paid_early
                            THEN LEAST(CAST(:d0 AS date) - 1,
                                       GREATEST(c.period_start + 1, CAST(:d0 AS date) - 1 - c.day_draw % 10))
                        WHEN c.number <= c.past AND NOT c.missed
                            THEN GREATEST(c.period_start + 1, c.due_date - c.day_draw % 4) END AS settled_on
            FROM classified c
            """, "ANALYZE bench_installment", """
            INSERT INTO plan (plan_id, order_id, customer_id, method, installment_count, merchant_subsidised,
                              nominal_apr, capture_date, principal, outstanding_principal, credit_balance, status,
                              principal_days, principal_days_through, created_at)
            WITH payments AS (
                SELECT i.plan_id, i.settled_on, i.principal_fen,
                       lag(i.settled_on) OVER w AS previous_on,
                       coalesce(sum(i.principal_fen) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
                           AS paid_before
                FROM bench_installment i WHERE i.paid
                WINDOW w AS (PARTITION BY i.plan_id ORDER BY i.settled_on, i.number)),
            repaid AS (
                SELECT y.plan_id, sum(y.principal_fen) AS paid_fen, max(y.settled_on) AS through,
                       sum((p.principal_fen - y.paid_before) * (y.settled_on - coalesce(y.previous_on, p.capture_date)))
                           AS principal_days_fen
                FROM payments y JOIN bench_plan p ON p.plan_id = y.plan_id
                GROUP BY y.plan_id)
            SELECT p.plan_id, p.order_id, p.customer_id, 'FLAT_MONTHLY_FEE', p.n, p.fee_fen = 0, 0.1440,
                   p.capture_date, p.principal_fen / 100.0, (p.principal_fen - coalesce(r.paid_fen, 0)) / 100.0, 0,
                   'ACTIVE', coalesce(r.principal_days_fen, 0) / 100.0, coalesce(r.through, p.capture_date),
                   CAST(p.capture_date AS timestamptz)
            FROM bench_plan p LEFT JOIN repaid r ON r.plan_id = p.plan_id
            ORDER BY p.capture_date, p.g
            """, """
            INSERT INTO installment (installment_id, plan_id, installment_number, period_start, due_date,
                                     scheduled_principal, scheduled_fee, principal, fee, late_fee, principal_paid,
                                     fee_paid, late_fee_paid, status, settled_on)
            SELECT CAST(md5('bench-installment-' || i.g || '-' || i.number) AS uuid), i.plan_id, i.number,
                   i.period_start, i.due_date, i.principal_fen / 100.0, i.fee_fen / 100.0, i.principal_fen / 100.0,
                   CASE WHEN i.prepaid THEN 0 ELSE i.fee_fen / 100.0 END,
                   i.late_days * i.day_fee,
                   CASE WHEN i.paid THEN i.principal_fen / 100.0 ELSE 0 END,
                   CASE WHEN i.paid AND NOT i.prepaid THEN i.fee_fen / 100.0 ELSE 0 END,
                   0,
                   CASE WHEN i.paid THEN 'PAID' WHEN i.due_date < CAST(:d0 AS date) - 1 THEN 'OVERDUE' ELSE 'DUE' END,
                   i.settled_on
            FROM bench_installment i
            ORDER BY i.capture_date, i.g, i.number
            """, """
            INSERT INTO ledger_entry (plan_id, installment_number, kind, amount, business_date, reference, recorded_at)
            SELECT plan_id, installment_number, kind, amount, business_date, reference, CAST(business_date AS timestamptz)
            FROM (
                SELECT p.plan_id, CAST(NULL AS integer) AS installment_number, 'PLAN_CREATED' AS kind,
                       p.principal_fen / 100.0 AS amount, p.capture_date AS business_date,
                       'order:' || p.order_id AS reference
                FROM bench_plan p
                UNION ALL
                SELECT i.plan_id, i.number, v.kind, v.amount, i.settled_on,
                       'payment:bench-' || i.g || '-' || i.number
                FROM bench_installment i
                CROSS JOIN LATERAL (VALUES
                    ('PAYMENT_FEE', CASE WHEN i.prepaid THEN 0 ELSE i.fee_fen / 100.0 END),
                    ('FEE_WAIVED', CASE WHEN i.prepaid THEN i.fee_fen / 100.0 ELSE 0 END),
                    ('PAYMENT_PRINCIPAL', i.principal_fen / 100.0)) v(kind, amount)
                WHERE i.paid AND v.amount > 0
                UNION ALL
                SELECT i.plan_id, i.number, 'LATE_FEE_CHARGED', i.day_fee, CAST(t AS date),
                       'end-of-day:' || CAST(CAST(t AS date) AS text)
                FROM bench_installment i
                CROSS JOIN LATERAL generate_series(i.due_date + 4, CAST(:d0 AS date) - 1, interval '1 day') t
                WHERE i.late_days > 0 AND i.day_fee > 0) entries
            ORDER BY entries.business_date
            """, """
            INSERT INTO customer_standing (customer_id, days_past_due, overdue_amount, oldest_due_date, on_time_streak)
            SELECT p.customer_id,
                   coalesce(CAST(:d0 AS date) - 1 - min(i.due_date) FILTER (WHERE i.arrears), 0),
                   coalesce(sum(i.unpaid) FILTER (WHERE i.arrears), 0),
                   min(i.due_date) FILTER (WHERE i.arrears),
                   CASE WHEN bool_or(i.arrears) THEN 0
                        ELSE (hashint8extended(min(p.g), 9) & 2147483647) % 6 END
            FROM bench_plan p
            JOIN (SELECT plan_id, due_date, NOT paid AND due_date < CAST(:d0 AS date) - 1 AS arrears,
                         (principal_fen + CASE WHEN prepaid THEN 0 ELSE fee_fen END) / 100.0 + late_days * day_fee
                             AS unpaid
                  FROM bench_installment) i ON i.plan_id = p.plan_id
            GROUP BY p.customer_id
            """, """
            INSERT INTO end_of_day_run (business_date, started_at, finished_at)
            VALUES (CAST(:d0 AS date) - 1, now(), now())
            """);

    private static final String PAY_INSTALLMENTS_DUE = """
            WITH paying AS (
                SELECT i.installment_id, i.plan_id, i.installment_number,
                       i.principal - i.principal_paid AS principal_part, i.fee - i.fee_paid AS fee_part,
                       i.late_fee - i.late_fee_paid AS late_fee_part
                FROM installment i
                WHERE i.status IN ('DUE', 'OVERDUE') AND i.due_date < CAST(:d AS date)
                  AND ((i.status = 'DUE' AND i.due_date = CAST(:d AS date) - 1
                        AND (hashtext(CAST(i.installment_id AS text)) & 2147483647) % 100 < :onTime)
                    OR (i.status = 'OVERDUE'
                        AND (hashtext(CAST(i.installment_id AS text) || CAST(:d AS text)) & 2147483647) % 100 < :cure))),
            paid AS (
                UPDATE installment i
                SET principal_paid = i.principal, fee_paid = i.fee, late_fee_paid = i.late_fee, status = 'PAID',
                    settled_on = CAST(:d AS date) - 1
                FROM paying p WHERE i.installment_id = p.installment_id
                RETURNING p.*),
            booked AS (
                INSERT INTO ledger_entry (plan_id, installment_number, kind, amount, business_date, reference, recorded_at)
                SELECT p.plan_id, p.installment_number, v.kind, v.amount, CAST(:d AS date) - 1,
                       'payment:bench-' || p.installment_id || '-' || CAST(:d AS text), now()
                FROM paid p
                CROSS JOIN LATERAL (VALUES ('PAYMENT_LATE_FEE', p.late_fee_part), ('PAYMENT_FEE', p.fee_part),
                                           ('PAYMENT_PRINCIPAL', p.principal_part)) v(kind, amount)
                WHERE v.amount > 0
                RETURNING 1),
            repaid AS (
                UPDATE plan p
                SET principal_days = p.principal_days + p.outstanding_principal
                        * GREATEST(CAST(:d AS date) - 1 - p.principal_days_through, 0),
                    principal_days_through = GREATEST(p.principal_days_through, CAST(:d AS date) - 1),
                    outstanding_principal = p.outstanding_principal - r.principal_part
                FROM (SELECT plan_id, sum(principal_part) AS principal_part FROM paid GROUP BY plan_id) r
                WHERE p.plan_id = r.plan_id
                RETURNING 1)
            SELECT count(*) FROM paid
            """;
}
