package com.creditline.checkout.cash.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.checkout.cash.model.CashEligibility.LineStanding;
import com.creditline.checkout.cash.model.CashEligibility.Reason;
import com.creditline.checkout.pricing.Grade;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CashEligibilityTest {

    static final CashTerms TERMS = new CashTerms(
            Money.yuan(500),
            List.of(3, 6, 12),
            Map.of(
                    Grade.A,
                    new BigDecimal("0.0002"),
                    Grade.B,
                    new BigDecimal("0.0003"),
                    Grade.C,
                    new BigDecimal("0.0004")),
            3,
            new BigDecimal("0.24"));

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    final CashEligibility rules = new CashEligibility(TERMS);

    @Test
    void shouldAdmitAnActiveGradeBLineOpenThreeWholeMonthsWithCash() {
        var verdict =
                rules.judge(new LineStanding("ACTIVE", Grade.B, LocalDate.of(2026, 3, 15), Money.yuan(20_000)), TODAY);

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void shouldNameEveryReasonThatStandsAgainstTheCustomer() {
        var verdict = rules.judge(new LineStanding("FROZEN", Grade.D, LocalDate.of(2026, 3, 16), Money.ZERO), TODAY);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons())
                .containsExactly(
                        Reason.LINE_NOT_ACTIVE,
                        Reason.GRADE_NOT_ELIGIBLE,
                        Reason.LINE_TOO_NEW,
                        Reason.NO_CASH_AVAILABLE);
    }

    @Test
    void shouldCountOnlyWholeMonthsOnBook() {
        assertThat(CashEligibility.monthsOnBook(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 30)))
                .isEqualTo(2);
        assertThat(CashEligibility.monthsOnBook(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 5, 1)))
                .isEqualTo(3);
        assertThat(rules.judge(new LineStanding("ACTIVE", Grade.A, LocalDate.of(2026, 3, 16), Money.yuan(1)), TODAY)
                        .reasons())
                .containsExactly(Reason.LINE_TOO_NEW);
    }

    @Test
    void shouldRefuseALineWithoutGradeOrOpeningDate() {
        assertThat(rules.judge(new LineStanding("ACTIVE", null, null, Money.yuan(1)), TODAY)
                        .reasons())
                .containsExactly(Reason.GRADE_NOT_ELIGIBLE, Reason.LINE_TOO_NEW);
    }
}
