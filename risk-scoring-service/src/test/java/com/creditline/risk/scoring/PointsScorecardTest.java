package com.creditline.risk.scoring;

import static com.creditline.common.test.Generators.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.*;

import com.creditline.common.money.Money;
import com.creditline.risk.scoring.ApplicationFeatures.IncomeBand;
import java.math.BigDecimal;
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
        assertThat(assessment.pricingTier()).isEqualTo(PricingTier.TIER_A);
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

    @Test
    void anApprovedLimitIsAlwaysWithinTheProductRangeInWholeHundreds() {
        qt().forAll(tuple(
                        integers().between(0, 120),
                        integers().between(0, 200),
                        longs().between(0, 100_000_000L),
                        integers().between(0, 100),
                        integers().between(0, 100),
                        integers().between(0, 200),
                        arbitrary().enumValues(IncomeBand.class),
                        integers().between(0, 20)))
                .checkAssert(v -> anApprovedLimitIsAlwaysWithinTheProductRangeInWholeHundredsHolds(
                        (int) v[0],
                        (int) v[1],
                        (long) v[2],
                        (int) v[3],
                        (int) v[4],
                        (int) v[5],
                        (IncomeBand) v[6],
                        (int) v[7]));
    }

    private void anApprovedLimitIsAlwaysWithinTheProductRangeInWholeHundredsHolds(
            int ageMonths,
            int orders,
            long spendFen,
            int returnPercent,
            int onTimePercent,
            int worstDpd,
            IncomeBand income,
            int devices) {
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
