package com.creditline.repayment.journal;

import com.creditline.common.money.Money;
import com.creditline.repayment.journal.model.Account;
import com.creditline.repayment.journal.model.AccountCategory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal summed per account and holder, its debits against its credits, and each control
 * account against the sub-ledger it controls (the plans and installments), read in one snapshot.
 */
@Service
public class TrialBalance {

    /** An account's totals for one holder; the balance on the account's normal side. */
    public record AccountBalance(
            Account account,
            String code,
            AccountCategory category,
            String holder,
            Money debits,
            Money credits,
            Money balance) {}

    /**
     * A control account's balance in the journal (in all holders' books, or in one funder's) and the
     * sum of the sub-ledger it controls.
     */
    public record Control(
            Account account, String holder, String subLedgerOf, Money journal, Money subLedger, Money difference) {}

    /** A control over every holder's books together. */
    static final String ALL_HOLDERS = "ALL";

    /** One holder's books: its debits against its credits. */
    public record HolderBooks(String holder, Money debits, Money credits, boolean balanced) {}

    public record Report(
            List<AccountBalance> accounts,
            Money totalDebits,
            Money totalCredits,
            boolean balanced,
            List<HolderBooks> holders,
            List<Control> controls) {

        /**
         * Whether the journal balances, each holder's books balance, and every control account equals
         * its sub-ledger.
         */
        public boolean holds() {
            return balanced
                    && holders.stream().allMatch(HolderBooks::balanced)
                    && controls.stream().allMatch(c -> c.difference().isZero());
        }
    }

    /**
     * What the sub-ledger holds for each control account. A charged-off plan's balances are what the
     * customer still owes, no longer on the books.
     */
    private static final Map<Account, String> SUB_LEDGER = Map.of(
            Account.PRINCIPAL_RECEIVABLE,
            "SELECT coalesce(sum(outstanding_principal), 0) FROM plan WHERE status <> 'CHARGED_OFF'",
            Account.LATE_FEE_RECEIVABLE,
            "SELECT coalesce(sum(i.late_fee - i.late_fee_paid), 0) FROM installment i JOIN plan p"
                    + " ON p.plan_id = i.plan_id WHERE p.status <> 'CHARGED_OFF'",
            Account.CUSTOMER_CREDIT_BALANCE,
            "SELECT coalesce(sum(credit_balance), 0) FROM plan");

    private final JdbcClient jdbc;

    TrialBalance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report report() {
        List<AccountBalance> accounts = jdbc.sql("""
                        SELECT account, holder,
                               coalesce(sum(amount) FILTER (WHERE side = 'DEBIT'), 0) AS debits,
                               coalesce(sum(amount) FILTER (WHERE side = 'CREDIT'), 0) AS credits
                          FROM journal_line GROUP BY account, holder ORDER BY account, holder""")
                .query((rs, n) -> balance(
                        Account.valueOf(rs.getString("account")),
                        rs.getString("holder"),
                        Money.of(rs.getBigDecimal("debits")),
                        Money.of(rs.getBigDecimal("credits"))))
                .list();
        Money debits = accounts.stream().map(AccountBalance::debits).reduce(Money.ZERO, Money::plus);
        Money credits = accounts.stream().map(AccountBalance::credits).reduce(Money.ZERO, Money::plus);
        List<Control> controls = new ArrayList<>(SUB_LEDGER.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> control(e.getKey(), accounts, e.getValue()))
                .toList());
        controls.addAll(funderControls(accounts));
        return new Report(accounts, debits, credits, debits.equals(credits), holders(accounts), controls);
    }

    /** Each holder's debits and credits, in the order of the accounts' holders. */
    static List<HolderBooks> holders(List<AccountBalance> accounts) {
        Map<String, List<AccountBalance>> byHolder = accounts.stream()
                .collect(Collectors.groupingBy(AccountBalance::holder, TreeMap::new, Collectors.toList()));
        return byHolder.entrySet().stream()
                .map(e -> {
                    Money debits = Money.sum(
                            e.getValue().stream().map(AccountBalance::debits).toList());
                    Money credits = Money.sum(
                            e.getValue().stream().map(AccountBalance::credits).toList());
                    return new HolderBooks(e.getKey(), debits, credits, debits.equals(credits));
                })
                .toList();
    }

    private static AccountBalance balance(Account account, String holder, Money debits, Money credits) {
        Money balance = account.balance(debits, credits);
        return new AccountBalance(account, account.code(), account.category(), holder, debits, credits, balance);
    }

    private Control control(Account account, List<AccountBalance> accounts, String subLedgerSql) {
        Money journal = balance(accounts, account, null);
        Money subLedger =
                Money.of(jdbc.sql(subLedgerSql).query(BigDecimal.class).single());
        return new Control(account, ALL_HOLDERS, "plans", journal, subLedger, journal.minus(subLedger));
    }

    /**
     * Each funder's principal receivable in its own books against the principal it holds of the
     * plans, and against the exposure its cap is checked against.
     */
    private List<Control> funderControls(List<AccountBalance> accounts) {
        return jdbc
                .sql("""
                        SELECT f.funder_id, f.outstanding_principal AS exposure,
                               coalesce((SELECT sum(p.outstanding_principal) FROM plan_funding p
                                          WHERE p.holder = f.funder_id), 0) AS held
                          FROM funder f ORDER BY f.funder_id""")
                .query((rs, n) -> {
                    String funder = rs.getString("funder_id");
                    Money journal = balance(accounts, Account.PRINCIPAL_RECEIVABLE, funder);
                    Money held = Money.of(rs.getBigDecimal("held"));
                    Money exposure = Money.of(rs.getBigDecimal("exposure"));
                    return List.of(
                            new Control(
                                    Account.PRINCIPAL_RECEIVABLE,
                                    funder,
                                    "plans held",
                                    journal,
                                    held,
                                    journal.minus(held)),
                            new Control(
                                    Account.PRINCIPAL_RECEIVABLE,
                                    funder,
                                    "exposure",
                                    journal,
                                    exposure,
                                    journal.minus(exposure)));
                })
                .list()
                .stream()
                .flatMap(List::stream)
                .toList();
    }

    /** An account's balance over every holder (holder null) or in one holder's books. */
    private static Money balance(List<AccountBalance> accounts, Account account, String holder) {
        return accounts.stream()
                .filter(a ->
                        a.account() == account && (holder == null || a.holder().equals(holder)))
                .map(AccountBalance::balance)
                .reduce(Money.ZERO, Money::plus);
    }
}
