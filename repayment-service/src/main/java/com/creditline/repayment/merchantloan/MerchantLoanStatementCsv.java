package com.creditline.repayment.merchantloan;

import com.creditline.common.money.Money;
import com.creditline.repayment.csv.CsvRows;
import com.creditline.repayment.merchantloan.MerchantLoanStatement.MerchantLoanMonth;
import com.creditline.repayment.merchantloan.MerchantLoanStatement.MovementView;
import com.creditline.repayment.merchantloan.model.LoanFigures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A merchant's monthly loan statement as CSV, with exactly the figures of the JSON: for each loan a LOAN
 * row (its figures) and its MOVEMENT rows by date, then the TOTAL row; amounts in yuan with two
 * decimals, cells that do not apply to a row empty.
 */
final class MerchantLoanStatementCsv {

    private static final List<String> FIGURES = List.of(
            "opening_principal",
            "drawn",
            "principal_repaid",
            "principal_written_off",
            "interest_paid",
            "late_fees_charged",
            "late_fees_paid",
            "recovered",
            "closing_principal");
    private static final List<String> MOVEMENT = List.of("amount", "principal", "interest", "late_fee");

    private MerchantLoanStatementCsv() {}

    static String of(MerchantLoanStatement statement) {
        List<String> header = new ArrayList<>(
                List.of("line", "merchant_id", "month", "plan_id", "date", "type", "sales_date", "reference"));
        header.addAll(FIGURES);
        header.addAll(MOVEMENT);
        header.add("waived");
        StringBuilder csv = new StringBuilder();
        CsvRows.row(csv, header);
        for (MerchantLoanMonth loan : statement.loans()) {
            CsvRows.row(csv, figuresRow(statement, "LOAN", loan.planId().toString(), loan.figures()));
            for (MovementView m : loan.movements()) {
                List<String> cells = new ArrayList<>(List.of(
                        "MOVEMENT",
                        statement.merchantId(),
                        statement.month(),
                        loan.planId().toString(),
                        m.date().toString(),
                        m.type(),
                        Objects.toString(m.salesDate(), ""),
                        m.reference()));
                cells.addAll(Collections.nCopies(FIGURES.size(), ""));
                cells.addAll(
                        List.of(amount(m.amount()), amount(m.principal()), amount(m.interest()), amount(m.lateFee())));
                cells.add(amount(m.waived()));
                CsvRows.row(csv, cells);
            }
        }
        CsvRows.row(csv, figuresRow(statement, "TOTAL", "", statement.total()));
        return csv.toString();
    }

    private static List<String> figuresRow(MerchantLoanStatement statement, String line, String planId, LoanFigures f) {
        List<String> cells =
                new ArrayList<>(List.of(line, statement.merchantId(), statement.month(), planId, "", "", "", ""));
        cells.addAll(List.of(
                amount(f.openingPrincipal()),
                amount(f.drawn()),
                amount(f.principalRepaid()),
                amount(f.principalWrittenOff()),
                amount(f.interestPaid()),
                amount(f.lateFeesCharged()),
                amount(f.lateFeesPaid()),
                amount(f.recovered()),
                amount(f.closingPrincipal())));
        cells.addAll(Collections.nCopies(MOVEMENT.size(), ""));
        cells.add(amount(f.waived()));
        return cells;
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }
}
