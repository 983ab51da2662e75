package com.creditline.repayment.funderbooks;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import com.creditline.repayment.funderbooks.FunderStatement.StatementAccount;
import com.creditline.repayment.funderbooks.FunderStatement.StatementLine;
import com.creditline.repayment.funderbooks.FunderStatement.StatementLineKind;
import com.creditline.repayment.funderbooks.FunderStatement.TieOut;
import com.creditline.repayment.journal.model.Account;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a funder's daily statement from the journal lines whose holder is the funder, in one
 * snapshot of the journal. Nothing here knows which postings exist: every account the funder's books
 * use is a column, so the statement stays right as postings and accounts are added. The tie-out reads
 * the journal's totals for the funder and the date by a query of its own, not by adding up the lines.
 */
@Service
class FunderStatements {

    /** What the journal holds of one account, as debits and credits. */
    private record Sums(Account account, UUID planId, Money debits, Money credits) {

        Money net() {
            return account.balance(debits, credits);
        }
    }

    private final JdbcClient jdbc;
    private final BusinessClock clock;

    FunderStatements(JdbcClient jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    FunderStatement statement(String funderId, LocalDate date) {
        LocalDate today = clock.businessDate();
        if (date.isAfter(today)) {
            throw new StatementDateInFuture(date, today);
        }
        Map<Account, Money> opening = balances(funderId, date, "<");
        Map<Account, Money> closing = balances(funderId, date, "<=");
        List<Account> columns = closing.keySet().stream()
                .sorted(Comparator.comparing(Account::code))
                .toList();
        List<StatementLine> lines = lines(funderId, date, columns);
        Map<String, Money> totals = new LinkedHashMap<>();
        columns.forEach(a -> totals.put(
                a.name(),
                Money.sum(lines.stream().map(l -> l.amounts().get(a.name())).toList())));
        Map<Account, Money> journal = journalTotals(funderId, date);
        List<TieOut> tieOut = columns.stream()
                .map(a -> {
                    Money statement = totals.get(a.name());
                    Money journalTotal = journal.getOrDefault(a, Money.ZERO);
                    return new TieOut(a, statement, journalTotal, statement.minus(journalTotal));
                })
                .toList();
        boolean tiesOut =
                tieOut.stream().allMatch(t -> t.difference().isZero()) && columns.containsAll(journal.keySet());
        return new FunderStatement(
                funderId,
                date,
                columns.stream().map(StatementAccount::of).toList(),
                lines,
                totals,
                byName(columns, opening),
                byName(columns, closing),
                opening.getOrDefault(Account.PRINCIPAL_RECEIVABLE, Money.ZERO),
                closing.getOrDefault(Account.PRINCIPAL_RECEIVABLE, Money.ZERO),
                tieOut,
                tiesOut);
    }

    /** The date's lines per plan (by plan id), then the entries about no plan as one BOOK line. */
    private List<StatementLine> lines(String funderId, LocalDate date, List<Account> columns) {
        Map<UUID, List<Sums>> perPlan = jdbc
                .sql("""
                        SELECT e.plan_id, l.account,
                               coalesce(sum(l.amount) FILTER (WHERE l.side = 'DEBIT'), 0) AS debits,
                               coalesce(sum(l.amount) FILTER (WHERE l.side = 'CREDIT'), 0) AS credits
                          FROM journal_line l JOIN journal_entry e ON e.entry_id = l.entry_id
                         WHERE l.holder = :holder AND e.business_date = :date
                         GROUP BY e.plan_id, l.account""")
                .param("holder", funderId)
                .param("date", date)
                .query((rs, n) -> sums(rs, rs.getObject("plan_id", UUID.class)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        s -> Objects.requireNonNullElse(s.planId(), BOOK), LinkedHashMap::new, Collectors.toList()));
        List<StatementLine> lines = new ArrayList<>();
        perPlan.keySet().stream()
                .filter(plan -> !plan.equals(BOOK))
                .sorted()
                .forEach(plan -> lines.add(
                        new StatementLine(StatementLineKind.PLAN, PlanId.of(plan), row(columns, perPlan.get(plan)))));
        if (perPlan.containsKey(BOOK)) {
            lines.add(new StatementLine(StatementLineKind.BOOK, null, row(columns, perPlan.get(BOOK))));
        }
        return lines;
    }

    /** The key of the entries about no plan while they are grouped (no plan has the nil id). */
    private static final UUID BOOK = new UUID(0, 0);

    private static Map<String, Money> row(List<Account> columns, List<Sums> sums) {
        Map<Account, Money> net = sums.stream().collect(Collectors.toMap(Sums::account, Sums::net));
        Map<String, Money> row = new LinkedHashMap<>();
        columns.forEach(a -> row.put(a.name(), net.getOrDefault(a, Money.ZERO)));
        return row;
    }

    /** The funder's balance of each account it used, over the entries dated before (or up to) the date. */
    private Map<Account, Money> balances(String funderId, LocalDate date, String before) {
        return jdbc
                .sql("""
                        SELECT l.account,
                               coalesce(sum(l.amount) FILTER (WHERE l.side = 'DEBIT'), 0) AS debits,
                               coalesce(sum(l.amount) FILTER (WHERE l.side = 'CREDIT'), 0) AS credits
                          FROM journal_line l JOIN journal_entry e ON e.entry_id = l.entry_id
                         WHERE l.holder = :holder AND e.business_date %s :date
                         GROUP BY l.account""".formatted(before))
                .param("holder", funderId)
                .param("date", date)
                .query((rs, n) -> sums(rs, null))
                .list()
                .stream()
                .collect(Collectors.toMap(Sums::account, Sums::net));
    }

    /** The journal's own totals for the holder and the date: the other side of the tie-out. */
    private Map<Account, Money> journalTotals(String funderId, LocalDate date) {
        return jdbc
                .sql("""
                        SELECT l.account,
                               coalesce(sum(CASE WHEN l.side = 'DEBIT' THEN l.amount END), 0) AS debits,
                               coalesce(sum(CASE WHEN l.side = 'CREDIT' THEN l.amount END), 0) AS credits
                          FROM journal_line l
                         WHERE l.holder = :holder
                           AND l.entry_id IN (SELECT entry_id FROM journal_entry WHERE business_date = :date)
                         GROUP BY l.account""")
                .param("holder", funderId)
                .param("date", date)
                .query((rs, n) -> sums(rs, null))
                .list()
                .stream()
                .collect(Collectors.toMap(Sums::account, Sums::net));
    }

    private static Sums sums(ResultSet rs, UUID planId) throws SQLException {
        return new Sums(
                Account.valueOf(rs.getString("account")),
                planId,
                money(rs.getBigDecimal("debits")),
                money(rs.getBigDecimal("credits")));
    }

    private static Money money(BigDecimal amount) {
        return Money.of(amount);
    }

    private static Map<String, Money> byName(List<Account> columns, Map<Account, Money> balances) {
        return columns.stream()
                .collect(Collectors.toMap(
                        Account::name, a -> balances.getOrDefault(a, Money.ZERO), (x, y) -> x, LinkedHashMap::new));
    }
}
