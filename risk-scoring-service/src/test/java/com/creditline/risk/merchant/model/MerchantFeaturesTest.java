package com.creditline.risk.merchant.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The features of a 90-day series worked out by hand. Business date 2026-12-01; the window is
 * 2026-09-03 to 2026-12-01. The 60 days from 89 to 30 days back: 1,000 yuan gross, 50 refunded, 10
 * orders, rating 4.5 (net 950 a day, 57,000). The 30 days from 29 days back: 1,200 gross, nothing
 * refunded, 12 orders, rating 4.8, except that the last six days (0-5 back) were not reported (24
 * days, net 28,800).
 */
class MerchantFeaturesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final MerchantProfile PROFILE =
            new MerchantProfile(MerchantId.of("mi-store"), "Mi Store", LocalDate.of(2024, 6, 15), "electronics");

    static List<DailySales> series() {
        List<DailySales> days = new ArrayList<>();
        for (int back = 89; back >= 30; back--) {
            days.add(new DailySales(
                    TODAY.minusDays(back), Money.yuan(1_000), 10, Money.yuan(50), new BigDecimal("4.5")));
        }
        for (int back = 29; back >= 6; back--) {
            days.add(new DailySales(TODAY.minusDays(back), Money.yuan(1_200), 12, Money.ZERO, new BigDecimal("4.8")));
        }
        return days;
    }

    @Test
    void shouldReadTheFeaturesOfTheNinetyDaysAsWorkedOutByHand() {
        SalesWindow window = SalesWindow.of(TODAY, TODAY.minusDays(89), series());
        MerchantFeatures features = MerchantFeatures.of(window, PROFILE);

        // 28,800 over 57,000 / 2
        assertThat(features.salesTrend()).isEqualTo(1.0105);
        // weeks back 0-6 .. 77-83: 1,200; 8,400 x 3; 7,150 (2 x 1,200 + 5 x 950); 6,650 x 7.
        // mean 6,675, population standard deviation 1,805.86
        assertThat(features.stability()).isEqualTo(0.2705);
        // refunds 3,000 over gross 88,800
        assertThat(features.refundRate()).isEqualTo(0.0338);
        // 2024-06-15 to 2026-12-01: 29 whole months
        assertThat(features.tenureMonths()).isEqualTo(29);
        // (60 x 4.5 + 24 x 4.8) / 84
        assertThat(features.averageRating()).isEqualTo(4.5857);
        // 84 of 90 days with orders
        assertThat(features.activeDaysShare()).isEqualTo(0.9333);
        assertThat(window.netSales()).isEqualTo(Money.yuan(85_800));
    }

    @Test
    void shouldLeaveOutRatiosWithNothingToDivideBy() {
        List<DailySales> quiet = List.of(
                new DailySales(TODAY.minusDays(89), Money.ZERO, 0, Money.ZERO, new BigDecimal("4.0")),
                new DailySales(TODAY, Money.yuan(500), 3, Money.ZERO, new BigDecimal("5.0")));
        MerchantFeatures features = MerchantFeatures.of(SalesWindow.of(TODAY, TODAY.minusDays(200), quiet), PROFILE);

        assertThat(features.salesTrend()).as("no sales in the 60 days before").isNull();
        assertThat(features.refundRate()).isZero();
        assertThat(features.stability()).isEqualTo(3.3166);
        assertThat(features.averageRating()).isEqualTo(4.5);
        assertThat(features.activeDaysShare()).isEqualTo(0.0111);
        assertThat(features.observation().number("salesTrend")).isNull();
        assertThat(features.observation().number("tenureMonths")).isEqualTo(29.0);
    }

    @Test
    void shouldNeedAHistoryCoveringTheNinetyDays() {
        assertThatThrownBy(() -> SalesWindow.of(TODAY, TODAY.minusDays(88), series()))
                .isInstanceOf(SalesHistoryTooShort.class)
                .hasMessageContaining("starts on 2026-09-04")
                .hasMessageContaining("may apply from 2026-12-02");
        assertThatThrownBy(() -> SalesWindow.of(TODAY, null, List.of()))
                .isInstanceOf(SalesHistoryTooShort.class)
                .hasMessageContaining("no sales");
        assertThat(SalesWindow.of(TODAY, TODAY.minusDays(89), series()).days()).hasSize(84);
    }

    @Test
    void shouldKeepOnlyTheWindowsDays() {
        List<DailySales> days = new ArrayList<>(series());
        days.add(new DailySales(TODAY.minusDays(90), Money.yuan(9_999), 1, Money.ZERO, BigDecimal.ONE));
        assertThat(SalesWindow.of(TODAY, TODAY.minusDays(90), days).netSales()).isEqualTo(Money.yuan(85_800));
    }
}
