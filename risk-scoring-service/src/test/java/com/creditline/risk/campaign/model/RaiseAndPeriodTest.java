package com.creditline.risk.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RaiseAndPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 20);

    @Test
    void shouldTakeAPercentageOrAnAmount() {
        assertThat(Raise.of(new BigDecimal("20"), null).percent()).isEqualByComparingTo("20");
        assertThat(Raise.of(new BigDecimal("100.00"), null).percent()).isEqualByComparingTo("100");
        assertThat(Raise.of(null, Money.yuan(2_000)).amount()).isEqualTo(Money.yuan(2_000));
        assertThat(Raise.of(null, Money.yuan(50_000)).amount()).isEqualTo(Money.yuan(50_000));
    }

    @Test
    void shouldRefuseBothOrNeither() {
        assertThatThrownBy(() -> Raise.of(BigDecimal.TEN, Money.yuan(1_000))).isInstanceOf(RaiseUnclear.class);
        assertThatThrownBy(() -> Raise.of(null, null)).isInstanceOf(RaiseUnclear.class);
    }

    @Test
    void shouldRefuseARaiseNotAboveZeroOrBeyondTheMaximum() {
        assertThatThrownBy(() -> Raise.of(BigDecimal.ZERO, null)).isInstanceOf(RaiseOutOfRange.class);
        assertThatThrownBy(() -> Raise.of(new BigDecimal("-5"), null)).isInstanceOf(RaiseOutOfRange.class);
        assertThatThrownBy(() -> Raise.of(new BigDecimal("100.01"), null)).isInstanceOf(RaiseOutOfRange.class);
        assertThatThrownBy(() -> Raise.of(new BigDecimal("12.345"), null)).isInstanceOf(RaiseOutOfRange.class);
        assertThatThrownBy(() -> Raise.of(null, Money.ZERO)).isInstanceOf(RaiseOutOfRange.class);
        assertThatThrownBy(() -> Raise.of(null, Money.of("50000.01"))).isInstanceOf(RaiseOutOfRange.class);
    }

    @Test
    void shouldRunFromTodayForAtMost31Days() {
        assertThat(CampaignPeriod.of(TODAY, TODAY, TODAY).endsOn()).isEqualTo(TODAY);
        assertThat(CampaignPeriod.of(TODAY, TODAY.plusDays(30), TODAY).endsOn()).isEqualTo(TODAY.plusDays(30));
        assertThatThrownBy(() -> CampaignPeriod.of(TODAY.minusDays(1), TODAY, TODAY))
                .isInstanceOf(CampaignStartsInThePast.class);
        assertThatThrownBy(() -> CampaignPeriod.of(TODAY.plusDays(2), TODAY.plusDays(1), TODAY))
                .isInstanceOf(CampaignEndsBeforeItStarts.class);
        assertThatThrownBy(() -> CampaignPeriod.of(TODAY, TODAY.plusDays(31), TODAY))
                .isInstanceOf(CampaignTooLong.class);
    }
}
