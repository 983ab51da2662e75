package com.creditline.repayment.endofday;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.test.RealInfrastructure;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A regression guard on end of day over a whole book (the benchmark's {@link BulkBook}, small):
 * every kind of work on thousands of plans at once, several dates in a row with payments in
 * between. What it leaves (the installments, the late fees in the ledger, the customers' standings,
 * the events' payloads, reminders included) must be exactly what the end-of-day code before the
 * batching work left (commit eabdebb), recorded below as digests. A digest says that something
 * changed, not what: the oracle for the rules is {@link EndOfDayPolicyIT}, which checks the SQL
 * against the Java rules and names the first difference. A change of results must be deliberate:
 * record the new digests with a reason.
 *
 * <p>The dates lie in the past, behind the business clock, so the run never moves it.
 */
@SpringBootTest(properties = "creditline.outbox.poll-interval=1h")
@RealInfrastructure
class EndOfDayBookIT {

    static final int PLANS = 3_000;
    static final LocalDate FIRST_DATE = LocalDate.of(2021, 3, 10);
    static final int DATES = 6;

    /** Recorded from the end-of-day code at commit eabdebb, on the same book and dates. */
    static final Map<String, String> REFERENCE = Map.of(
            "installments", "fb1d369a302cba6bf093c56d362e0652",
            "late fees", "e8546534c9aff077f353d36fbb9e28f2",
            "standings", "f719bc4e5e05131c42e5167bb3a3008b",
            "events", "39319fa68bb1a7cddaa5df837d710711",
            "days", "7618b0a7d9393569372fb875503ff4fa");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EndOfDay endOfDay;

    @AfterEach
    void clearTheBook() {
        // Other tests run end of day from the business date: leave no processed dates behind.
        new BulkBook(jdbc, transactions).clear();
    }

    @Test
    void shouldLeaveTheBookAndTheEventsExactlyAsTheReferenceRunDid() {
        BulkBook book = new BulkBook(jdbc, transactions);
        book.clear();
        book.generate(PLANS, FIRST_DATE);
        StringBuilder days = new StringBuilder();
        for (int n = 0; n < DATES; n++) {
            LocalDate date = FIRST_DATE.plusDays(n);
            if (n > 0) {
                book.payInstallmentsDue(date);
            }
            DayClosed closed =
                    transactions.execute(status -> endOfDay.close(date).orElseThrow());
            days.append(closed.businessDate())
                    .append(' ')
                    .append(closed.installmentsOverdue())
                    .append(' ')
                    .append(closed.lateFeesCharged())
                    .append(' ')
                    .append(closed.lateFeeTotal())
                    .append(' ')
                    .append(closed.delinquencyChanges())
                    .append(' ')
                    .append(closed.reminders())
                    .append('\n');
        }

        Map<String, String> digests = new LinkedHashMap<>();
        digests.put("installments", digest("""
                SELECT string_agg(concat_ws(' ', plan_id, installment_number, status, late_fee, late_fee_paid,
                                            principal_paid, fee_paid, settled_on),
                                  ',' ORDER BY plan_id, installment_number)
                FROM installment
                """));
        digests.put("late fees", digest("""
                SELECT string_agg(concat_ws(' ', plan_id, installment_number, business_date, amount, reference),
                                  ',' ORDER BY plan_id, installment_number, business_date)
                FROM ledger_entry WHERE kind = 'LATE_FEE_CHARGED' AND business_date >= :first
                """));
        digests.put("standings", digest("""
                SELECT string_agg(concat_ws(' ', customer_id, days_past_due, overdue_amount, oldest_due_date,
                                            on_time_streak),
                                  ',' ORDER BY customer_id)
                FROM customer_standing
                """));
        // Payloads only: event ids, times and correlation ids differ from run to run.
        digests.put("events", digest("""
                SELECT string_agg(line, ',' ORDER BY line) FROM (
                    SELECT concat_ws(' ', topic, message_key, event_type, envelope->>'aggregateId',
                                     envelope->>'schemaVersion', envelope->'payload') AS line
                    FROM outbox_event) events
                """));
        digests.put("days", md5(days.toString()));
        digests.forEach((what, digest) -> System.out.println("[end-of-day book] " + what + " " + digest));
        System.out.print(days);

        assertThat(digests).containsExactlyInAnyOrderEntriesOf(REFERENCE);
    }

    private String digest(String aggregate) {
        return jdbc.sql("SELECT md5(coalesce((" + aggregate + "), ''))")
                .param("first", FIRST_DATE)
                .query(String.class)
                .single();
    }

    private String md5(String text) {
        return jdbc.sql("SELECT md5(:text)")
                .param("text", text)
                .query(String.class)
                .single();
    }
}
