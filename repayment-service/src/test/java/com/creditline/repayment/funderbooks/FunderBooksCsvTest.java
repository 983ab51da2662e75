package com.creditline.repayment.funderbooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.csv.CsvRows;
import com.creditline.repayment.funderbooks.FunderStatement.StatementAccount;
import com.creditline.repayment.funderbooks.FunderStatement.StatementLine;
import com.creditline.repayment.funderbooks.FunderStatement.StatementLineKind;
import com.creditline.repayment.funderbooks.FunderStatement.TieOut;
import com.creditline.repayment.journal.model.Account;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FunderBooksCsvTest {

    static final PlanId PLAN = PlanId.of(UUID.fromString("00000000-0000-0000-0000-000000000007"));

    @Test
    void shouldWriteOneColumnPerAccountAndTheTieOutRowsUnderTheLines() {
        Map<String, Money> plan = amounts("630.00", "700.00");
        Map<String, Money> book = amounts("0.00", "-5.00");
        Map<String, Money> total = amounts("630.00", "695.00");
        FunderStatement statement = new FunderStatement(
                "bank-a",
                LocalDate.of(2027, 3, 1),
                List.of(
                        StatementAccount.of(Account.PRINCIPAL_RECEIVABLE),
                        StatementAccount.of(Account.MERCHANT_PAYABLE)),
                List.of(
                        new StatementLine(StatementLineKind.PLAN, PLAN, plan),
                        new StatementLine(StatementLineKind.BOOK, null, book)),
                total,
                amounts("0.00", "0.00"),
                total,
                Money.ZERO,
                Money.of("630.00"),
                List.of(
                        new TieOut(Account.PRINCIPAL_RECEIVABLE, Money.of("630.00"), Money.of("630.00"), Money.ZERO),
                        new TieOut(Account.MERCHANT_PAYABLE, Money.of("695.00"), Money.of("695.00"), Money.ZERO)),
                true);

        assertThat(FunderBooksCsv.statement(statement).split("\r\n"))
                .containsExactly(
                        "funder_id,business_date,line,plan_id,PRINCIPAL_RECEIVABLE,MERCHANT_PAYABLE",
                        "bank-a,2027-03-01,PLAN," + PLAN + ",630.00,700.00",
                        "bank-a,2027-03-01,BOOK,,0.00,-5.00",
                        "bank-a,2027-03-01,TOTAL,,630.00,695.00",
                        "bank-a,2027-03-01,JOURNAL,,630.00,695.00",
                        "bank-a,2027-03-01,DIFFERENCE,,0.00,0.00",
                        "bank-a,2027-03-01,OPENING,,0.00,0.00",
                        "bank-a,2027-03-01,CLOSING,,630.00,695.00");
    }

    @Test
    void shouldQuoteACellOnlyWhenItHoldsACommaAQuoteOrALineBreak() {
        assertThat(CsvRows.cell("plain")).isEqualTo("plain");
        assertThat(CsvRows.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvRows.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvRows.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    private static Map<String, Money> amounts(String principal, String merchant) {
        Map<String, Money> amounts = new LinkedHashMap<>();
        amounts.put(Account.PRINCIPAL_RECEIVABLE.name(), Money.of(principal));
        amounts.put(Account.MERCHANT_PAYABLE.name(), Money.of(merchant));
        return amounts;
    }
}
