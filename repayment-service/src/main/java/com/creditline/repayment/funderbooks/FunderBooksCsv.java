package com.creditline.repayment.funderbooks;

import com.creditline.common.money.Money;
import com.creditline.repayment.csv.CsvRows;
import com.creditline.repayment.funderbooks.FunderLoanTape.FundedLoan;
import com.creditline.repayment.funderbooks.FunderStatement.StatementAccount;
import com.creditline.repayment.funderbooks.FunderStatement.TieOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A funder's statement and loan tape as CSV (RFC 4180: a header row, comma-separated, CRLF line ends),
 * with exactly the figures of the JSON: amounts in yuan with two decimals, a movement that lowers an
 * account negative, absent values empty.
 */
final class FunderBooksCsv {

    private FunderBooksCsv() {}

    /**
     * One row per plan and the BOOK row, then the rows TOTAL (the lines added up), JOURNAL (the journal's
     * own totals), DIFFERENCE (TOTAL less JOURNAL, zero when it ties out), OPENING and CLOSING (the
     * balances before and at the end of the date); one column per account.
     */
    static String statement(FunderStatement statement) {
        List<String> accounts = columns(statement.accounts());
        List<String> header = new ArrayList<>(List.of("funder_id", "business_date", "line", "plan_id"));
        header.addAll(accounts);
        StringBuilder csv = new StringBuilder();
        CsvRows.row(csv, header);
        statement
                .lines()
                .forEach(line -> statementRow(
                        csv,
                        statement,
                        line.line().name(),
                        line.planId() == null ? "" : line.planId().toString(),
                        line.amounts(),
                        accounts));
        Map<String, Money> journal = statement.tieOut().stream()
                .collect(Collectors.toMap(t -> t.account().name(), TieOut::journal));
        Map<String, Money> difference = statement.tieOut().stream()
                .collect(Collectors.toMap(t -> t.account().name(), TieOut::difference));
        statementRow(csv, statement, "TOTAL", "", statement.totals(), accounts);
        statementRow(csv, statement, "JOURNAL", "", journal, accounts);
        statementRow(csv, statement, "DIFFERENCE", "", difference, accounts);
        statementRow(csv, statement, "OPENING", "", statement.openingBalances(), accounts);
        statementRow(csv, statement, "CLOSING", "", statement.closingBalances(), accounts);
        return csv.toString();
    }

    /** The header row, then one row per loan of the page, in the JSON's order. */
    static String loans(FunderLoanTape tape) {
        StringBuilder csv = new StringBuilder();
        CsvRows.row(
                csv,
                List.of(
                        "plan_id",
                        "capture_date",
                        "grade",
                        "method",
                        "product",
                        "installment_count",
                        "nominal_apr",
                        "principal",
                        "share",
                        "funded_principal",
                        "outstanding_principal_held",
                        "status",
                        "days_past_due",
                        "next_due_date",
                        "amount_due",
                        "charged_off_on"));
        for (FundedLoan loan : tape.loans()) {
            CsvRows.row(
                    csv,
                    List.of(
                            loan.planId().toString(),
                            loan.captureDate().toString(),
                            text(loan.grade()),
                            loan.method(),
                            loan.product(),
                            Integer.toString(loan.installmentCount()),
                            loan.nominalApr().toPlainString(),
                            amount(loan.principal()),
                            loan.share().toPlainString(),
                            amount(loan.fundedPrincipal()),
                            amount(loan.outstandingPrincipalHeld()),
                            loan.status(),
                            Integer.toString(loan.daysPastDue()),
                            text(loan.nextDueDate()),
                            amount(loan.amountDue()),
                            text(loan.chargedOffOn())));
        }
        return csv.toString();
    }

    private static void statementRow(
            StringBuilder csv,
            FunderStatement statement,
            String line,
            String planId,
            Map<String, Money> amounts,
            List<String> accounts) {
        List<String> cells = new ArrayList<>(
                List.of(statement.funderId(), statement.businessDate().toString(), line, planId));
        accounts.forEach(a -> cells.add(amount(amounts.getOrDefault(a, Money.ZERO))));
        CsvRows.row(csv, cells);
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }

    /** The account columns of a statement, in its order. */
    private static List<String> columns(List<StatementAccount> accounts) {
        return accounts.stream().map(a -> a.account().name()).toList();
    }
}
