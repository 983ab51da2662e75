package com.creditline.repayment.merchantloan;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.merchantloan.MerchantLoanStatement.MerchantLoanMonth;
import com.creditline.repayment.merchantloan.MerchantLoanStatement.MovementView;
import com.creditline.repayment.merchantloan.model.LoanFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MerchantLoanStatementCsvTest {

    @Test
    void shouldWriteALoanRowItsMovementsAndTheTotalWithTheFiguresOfTheJson() {
        PlanId plan = PlanId.of(UUID.fromString("00000000-0000-0000-0000-000000000001"));
        LoanFigures figures = new LoanFigures(
                Money.ZERO,
                Money.of("3000.00"),
                Money.of("47.30"),
                Money.ZERO,
                Money.of("2.70"),
                Money.ZERO,
                Money.ZERO,
                Money.ZERO,
                Money.ZERO,
                Money.of("2952.70"));
        MovementView sweep = new MovementView(
                LocalDate.parse("2026-12-02"),
                "SALES_SWEEP",
                "payment:sweep:mi-store:2026-12-01:r1:p",
                LocalDate.parse("2026-12-01"),
                Money.of("50.00"),
                Money.of("47.30"),
                Money.of("2.70"),
                Money.ZERO,
                Money.ZERO);
        MerchantLoanStatement statement = new MerchantLoanStatement(
                "mi-store",
                "2026-12",
                LocalDate.parse("2026-12-01"),
                LocalDate.parse("2026-12-31"),
                LocalDate.parse("2026-12-03"),
                List.of(new MerchantLoanMonth(plan, LocalDate.parse("2026-12-01"), "ACTIVE", figures, List.of(sweep))),
                figures);

        String[] rows = MerchantLoanStatementCsv.of(statement).split("\r\n");

        assertThat(rows).hasSize(4);
        assertThat(rows[0])
                .isEqualTo("line,merchant_id,month,plan_id,date,type,sales_date,reference,opening_principal,drawn,"
                        + "principal_repaid,principal_written_off,interest_paid,late_fees_charged,late_fees_paid,"
                        + "recovered,closing_principal,amount,principal,interest,late_fee,waived");
        assertThat(rows[1])
                .isEqualTo("LOAN,mi-store,2026-12," + plan + ",,,,,0.00,3000.00,47.30,0.00,2.70,0.00,0.00,0.00,"
                        + "2952.70,,,,,0.00");
        assertThat(rows[2])
                .isEqualTo("MOVEMENT,mi-store,2026-12," + plan + ",2026-12-02,SALES_SWEEP,2026-12-01,"
                        + "payment:sweep:mi-store:2026-12-01:r1:p,,,,,,,,,,50.00,47.30,2.70,0.00,0.00");
        assertThat(rows[3]).startsWith("TOTAL,mi-store,2026-12,,,,,,0.00,3000.00,");
    }
}
