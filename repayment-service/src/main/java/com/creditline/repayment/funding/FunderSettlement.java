package com.creditline.repayment.funding;

import com.creditline.common.money.Money;
import com.creditline.repayment.funding.model.FunderSettlements;
import com.creditline.repayment.journal.Journal;
import com.creditline.repayment.journal.model.Account;
import com.creditline.repayment.journal.model.JournalEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Settles each funder's cash clearing to its settlement account after a date's end of day, in the
 * date's transaction ({@link FunderSettlements}); a date settled before is not settled again.
 */
@Component
public class FunderSettlement {

    private record Clearing(String funder, Money balance) {}

    private final JdbcClient jdbc;
    private final Journal journal;

    FunderSettlement(JdbcClient jdbc, Journal journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    /** The entries settling the funders' money on the date. */
    public List<JournalEntry> settle(LocalDate date, Instant now) {
        // The date's steps posted entries through JPA: the sums below read the tables.
        journal.flush();
        List<Clearing> clearing = jdbc.sql("""
                        SELECT holder,
                               coalesce(sum(amount) FILTER (WHERE side = 'DEBIT'), 0) AS debits,
                               coalesce(sum(amount) FILTER (WHERE side = 'CREDIT'), 0) AS credits
                          FROM journal_line WHERE account = 'CASH_CLEARING' AND holder <> 'PLATFORM'
                         GROUP BY holder ORDER BY holder""")
                .query((rs, n) -> new Clearing(
                        rs.getString("holder"),
                        Account.CASH_CLEARING.balance(
                                Money.of(rs.getBigDecimal("debits")), Money.of(rs.getBigDecimal("credits")))))
                .list();
        return clearing.stream()
                .filter(c -> journal.findByReferenceOrderByEntryId(FunderSettlements.reference(c.funder(), date))
                        .isEmpty())
                .flatMap(c -> FunderSettlements.settle(c.funder(), c.balance(), date, now).stream())
                .map(journal::save)
                .toList();
    }
}
