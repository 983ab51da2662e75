package com.creditline.risk.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.money.Money;
import com.creditline.risk.application.ApplicationFeatures.IncomeBand;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class PointsScorecardTest {

    final PointsScorecard scorecard = new PointsScorecard();

    static ApplicationFeatures goodCustomer() {
        return new ApplicationFeatures(
                40,
                35,
                Money.of("30000.00"),
                new BigDecimal("0.05"),
                new BigDecimal("0.98"),
                0,
                true,
                IncomeBand.FROM_8K_TO_15K,
                2);
    }

    @Test
    void shouldApproveALongStandingPunctualCustomerAtGradeAWithALimitFromSpend() {
        RiskAssessment assessment = scorecard.assess(goodCustomer());

        assertThat(assessment.approved()).isTrue();
        assertThat(assessment.grade()).isEqualTo(Grade.A);
        assertThat(assessment.score()).isGreaterThan(600);
        assertThat(assessment.recommendedLimit()).isEqualTo(Money.of("30000.00"));
        assertThat(assessment.pricingTier()).isEqualTo("TIER_A");
    }

    @Test
    void shouldDeclineAnUnverifiedIdentityAndSayWhy() {
        ApplicationFeatures f = goodCustomer();
        RiskAssessment assessment = scorecard.assess(new ApplicationFeatures(
                f.accountAgeMonths(),
                f.orders12m(),
                f.spend12m(),
                f.returnRate(),
                f.onTimePaymentRatio(),
                f.worstDpd(),
                false,
                f.incomeBand(),
                f.devices()));

        assertThat(assessment.approved()).isFalse();
        assertThat(assessment.recommendedLimit()).isEqualTo(Money.ZERO);
        assertThat(assessment.reasons()).first().isEqualTo("IDENTITY_NOT_VERIFIED");
    }

    @Test
    void shouldDeclineAHistoryOfSeriousDelinquency() {
        RiskAssessment assessment = scorecard.assess(new ApplicationFeatures(
                3,
                1,
                Money.of("800.00"),
                new BigDecimal("0.40"),
                new BigDecimal("0.50"),
                120,
                true,
                IncomeBand.UNDER_3K,
                8));

        assertThat(assessment.approved()).isFalse();
        assertThat(assessment.reasons()).hasSize(3).contains("PAST_DELINQUENCY", "LATE_PAYMENTS");
    }

    @Test
    void shouldCapTheLimitByTheIncomeBand() {
        ApplicationFeatures f = goodCustomer();
        RiskAssessment assessment = scorecard.assess(new ApplicationFeatures(
                f.accountAgeMonths(),
                f.orders12m(),
                Money.of("90000.00"),
                f.returnRate(),
                f.onTimePaymentRatio(),
                f.worstDpd(),
                true,
                IncomeBand.UNDER_3K,
                f.devices()));

        assertThat(assessment.recommendedLimit()).isEqualTo(Money.of("5000.00"));
    }

    @Property
    void anApprovedLimitIsAlwaysWithinTheProductRangeInWholeHundreds(
            @ForAll @IntRange(max = 120) int ageMonths,
            @ForAll @IntRange(max = 200) int orders,
            @ForAll @LongRange(max = 100_000_000L) long spendFen,
            @ForAll @IntRange(max = 100) int returnPercent,
            @ForAll @IntRange(max = 100) int onTimePercent,
            @ForAll @IntRange(max = 200) int worstDpd,
            @ForAll IncomeBand income,
            @ForAll @IntRange(max = 20) int devices) {
        RiskAssessment assessment = scorecard.assess(new ApplicationFeatures(
                ageMonths,
                orders,
                Money.ofFen(spendFen),
                BigDecimal.valueOf(returnPercent, 2),
                BigDecimal.valueOf(onTimePercent, 2),
                worstDpd,
                true,
                income,
                devices));

        if (assessment.approved()) {
            assertThat(assessment.recommendedLimit().amount())
                    .isBetween(new BigDecimal("500"), new BigDecimal("200000"));
            assertThat(assessment.recommendedLimit().amount().remainder(new BigDecimal("100")))
                    .isZero();
        }
        assertThat(assessment.score()).isBetween(300, 900);
        assertThat(assessment.probabilityOfDefault()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }
}
