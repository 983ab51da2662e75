package com.creditline.repayment.portfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.repayment.portfolio.model.VintageCurves.Point;
import com.creditline.repayment.portfolio.model.VintageCurves.Vintage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class VintageCurvesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void shouldReachTheDaysPastDueOnlyWhenStillUnpaidAtTheEndOfThatDay() {
        LocalDate due = LocalDate.of(2026, 3, 1);
        assertThat(VintageCurves.reachedOn(due, null, 30, TODAY)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(VintageCurves.reachedOn(due, LocalDate.of(2026, 4, 1), 30, TODAY))
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(VintageCurves.reachedOn(due, LocalDate.of(2026, 3, 31), 30, TODAY))
                .as("paid on the 30th day")
                .isNull();
        assertThat(VintageCurves.reachedOn(due, null, 30, LocalDate.of(2026, 3, 30)))
                .as("not yet")
                .isNull();
    }

    @Test
    void shouldCountAPlanOnceAtItsFirstInstallmentToReachTheDaysPastDueByMonthOnBook() {
        VintageCurves curves = new VintageCurves(TODAY, 30, 12);
        curves.opened(YearMonth.of(2026, 1), 4);
        curves.opened(YearMonth.of(2026, 6), 2);
        // Plan a: due Feb 10 unpaid; reaches 30 on Mar 12 (2 months on book); its later installment too.
        curves.pastDue("a", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 10), null);
        curves.pastDue("a", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 10), null);
        // Plan b: late but paid on day 10: never 30 past due.
        curves.pastDue("b", LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 2));
        // Plan c: due Apr 5, paid May 20 (45 days late): reached 30 on May 5 (4 months on book).
        curves.pastDue("c", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 5, 20));

        List<Vintage> vintages = curves.vintages();
        assertThat(vintages).extracting(Vintage::month).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 6));
        Vintage january = vintages.getFirst();
        assertThat(january.plans()).isEqualTo(4);
        assertThat(january.curve()).extracting(Point::monthsOnBook).containsExactly(1, 2, 3, 4, 5);
        assertThat(january.curve()).extracting(Point::reached).containsExactly(0L, 1L, 1L, 2L, 2L);
        assertThat(january.curve().get(3).rate()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(vintages.get(1).curve())
                .as("opened this month: no month on book yet")
                .isEmpty();
    }

    @Test
    void shouldShowAtMostTheLongestMonthsOnBook() {
        VintageCurves curves = new VintageCurves(TODAY, 30, 3);
        curves.opened(YearMonth.of(2025, 1), 3);
        assertThat(curves.vintages().getFirst().curve()).hasSize(3);
        assertThat(curves.vintages().getFirst().curve().get(2).rate()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
