package com.creditline.repayment.customer.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CustomerStandingTest {

    static CustomerStanding standing() {
        return CustomerStanding.fresh(CustomerId.of("customer-1"));
    }

    @Test
    void shouldReachAStreakAtSixTwelveAndEighteenInstallmentsOnTime() {
        CustomerStanding standing = standing();

        var milestones = IntStream.rangeClosed(1, 18)
                .mapToObj(n -> standing.installmentPaid(true))
                .filter(OptionalInt::isPresent)
                .map(OptionalInt::getAsInt)
                .toList();

        assertThat(milestones).containsExactly(6, 12, 18);
    }

    @Test
    void shouldStartTheStreakAgainAfterAnInstallmentPaidLate() {
        CustomerStanding standing = standing();
        IntStream.range(0, 5).forEach(n -> standing.installmentPaid(true));

        standing.installmentPaid(false);

        assertThat(standing.onTimeStreak()).isZero();
        IntStream.range(0, 5)
                .forEach(n -> assertThat(standing.installmentPaid(true)).isEmpty());
        assertThat(standing.installmentPaid(true)).hasValue(6);
    }

    @Test
    void shouldSayWhenTheDaysPastDueChanged() {
        CustomerStanding standing = standing();
        LocalDate due = LocalDate.of(2026, 3, 15);

        assertThat(standing.recordArrears(Arrears.on(due.plusDays(4), due, Money.of("1024.03"))))
                .isTrue();
        assertThat(standing.recordArrears(Arrears.on(due.plusDays(4), due, Money.of("500.00"))))
                .isFalse();
        assertThat(standing.recordArrears(Arrears.NONE)).isTrue();
        assertThat(standing.daysPastDue()).isZero();
    }
}
