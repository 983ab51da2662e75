package com.creditline.repayment.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.money.Money;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.repayment.journal.model.Account;
import com.creditline.repayment.journal.model.JournalEntry;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The database keeps the journal honest whoever writes to it: append-only, and balanced at commit. */
@SpringBootTest
@RealInfrastructure
class JournalIT {

    @Autowired
    Journal journal;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void shouldRefuseToChangeOrDeleteAPostedEntry() {
        JournalEntry entry = journal.save(
                JournalEntry.draft(LocalDate.of(2026, 12, 2), "test:append-only", "a test entry", Instant.now())
                        .debit(Account.CASH_CLEARING, Money.of("1.00"))
                        .credit(Account.FEE_INCOME, Money.of("1.00"))
                        .post());

        assertThatThrownBy(() -> jdbc.update("UPDATE journal_line SET amount = 2 WHERE entry_id = ?", entry.id()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM journal_entry WHERE entry_id = ?", entry.id()))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject(
                        "SELECT sum(amount) FROM journal_line WHERE entry_id = ?", Money.class, entry.id()))
                .isEqualTo(Money.of("2.00"));
    }

    @Test
    void shouldRefuseAtCommitAnEntryWrittenUnbalancedAroundTheModel() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    Long id = jdbc.queryForObject(
                            "INSERT INTO journal_entry (business_date, reference, description, recorded_at)"
                                    + " VALUES ('2026-12-02', 'test:unbalanced', 'forged', now()) RETURNING entry_id",
                            Long.class);
                    jdbc.update(
                            "INSERT INTO journal_line (entry_id, line_number, account, holder, side, amount)"
                                    + " VALUES (?, 0, 'CASH_CLEARING', 'PLATFORM', 'DEBIT', 5.00)",
                            id);
                }))
                .rootCause()
                .hasMessageContaining("does not balance");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM journal_entry WHERE reference = 'test:unbalanced'", Integer.class))
                .isZero();
    }
}
