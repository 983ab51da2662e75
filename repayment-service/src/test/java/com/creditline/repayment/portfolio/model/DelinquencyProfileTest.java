package com.creditline.repayment.portfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.money.Money;
import com.creditline.repayment.portfolio.model.DelinquencyProfile.Tally;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DelinquencyProfileTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @Test
    void shouldBucketAPlanByItsOwnDaysPastDueAndAChargedOffPlanApart() {
        assertThat(PortfolioBucket.of(false, 0)).isEqualTo(PortfolioBucket.CURRENT);
        assertThat(PortfolioBucket.of(false, 1)).isEqualTo(PortfolioBucket.M1);
        assertThat(PortfolioBucket.of(false, 30)).isEqualTo(PortfolioBucket.M1);
        assertThat(PortfolioBucket.of(false, 31)).isEqualTo(PortfolioBucket.M2);
        assertThat(PortfolioBucket.of(false, 90)).isEqualTo(PortfolioBucket.M3);
        assertThat(PortfolioBucket.of(false, 91)).isEqualTo(PortfolioBucket.M3_PLUS);
        assertThat(PortfolioBucket.of(true, 200)).isEqualTo(PortfolioBucket.CHARGED_OFF);
    }

    @Test
    void shouldBandDaysPastDueWithoutGapsOrOverlaps() {
        DaysPastDueBand previous = null;
        for (DaysPastDueBand band : DaysPastDueBand.values()) {
            assertThat(DaysPastDueBand.of(band.from())).isEqualTo(band);
            if (previous != null) {
                assertThat(band.from()).isEqualTo(previous.to() + 1);
            }
            previous = band;
        }
        assertThat(DaysPastDueBand.of(3)).isEqualTo(DaysPastDueBand.DAYS_1_3);
        assertThat(DaysPastDueBand.of(4)).isEqualTo(DaysPastDueBand.DAYS_4_7);
        assertThat(DaysPastDueBand.of(10_000)).isEqualTo(DaysPastDueBand.OVER_180);
        assertThat(DaysPastDueBand.OVER_180.to()).isNull();
        assertThatThrownBy(() -> DaysPastDueBand.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCountDaysPastDueFromTheOldestUnpaidDueDateAsEndOfDayDoes() {
        DelinquencyProfile profile = new DelinquencyProfile(TODAY);
        profile.add(false, null, 3, Money.of("3000.00"));
        profile.add(false, TODAY, 1, Money.of("100.00"));
        profile.add(false, TODAY.minusDays(1), 2, Money.of("200.00"));
        profile.add(false, TODAY.minusDays(31), 1, Money.of("50.00"));
        profile.add(true, TODAY.minusDays(200), 1, Money.of("70.00"));

        Map<PortfolioBucket, Tally> buckets = Map.ofEntries(profile.buckets().toArray(Map.Entry[]::new));
        assertThat(buckets.get(PortfolioBucket.CURRENT)).isEqualTo(new Tally(4, Money.of("3100.00")));
        assertThat(buckets.get(PortfolioBucket.M1)).isEqualTo(new Tally(2, Money.of("200.00")));
        assertThat(buckets.get(PortfolioBucket.M2)).isEqualTo(new Tally(1, Money.of("50.00")));
        assertThat(buckets.get(PortfolioBucket.M3)).isEqualTo(new Tally(0, Money.ZERO));
        assertThat(buckets.get(PortfolioBucket.CHARGED_OFF)).isEqualTo(new Tally(1, Money.of("70.00")));
        assertThat(profile.buckets()).hasSize(PortfolioBucket.values().length);

        Map<DaysPastDueBand, Tally> bands = Map.ofEntries(profile.bands().toArray(Map.Entry[]::new));
        assertThat(bands.get(DaysPastDueBand.CURRENT).plans()).isEqualTo(4);
        assertThat(bands.get(DaysPastDueBand.DAYS_1_3).plans()).isEqualTo(2);
        assertThat(bands.get(DaysPastDueBand.DAYS_31_60).plans()).isEqualTo(1);
        assertThat(bands.values().stream().mapToLong(Tally::plans).sum())
                .as("charged-off plans have left the bands")
                .isEqualTo(7);
        assertThat(profile.total()).isEqualTo(new Tally(8, Money.of("3420.00")));
    }
}
