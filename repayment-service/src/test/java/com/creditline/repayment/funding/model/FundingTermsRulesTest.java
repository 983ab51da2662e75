package com.creditline.repayment.funding.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundingTermsRulesTest {

    static final FundingTermsRules CHINA = new FundingTermsRules(new BigDecimal("0.30"));

    static FundingTerms terms(String grades, int minimum, int maximum, String minShare, String maxShare) {
        return terms(grades, minimum, maximum, minShare, maxShare, "50000000.00", "2000000.00", "0.065");
    }

    static FundingTerms terms(
            String grades,
            int minimum,
            int maximum,
            String minShare,
            String maxShare,
            String exposureCap,
            String dailyQuota,
            String yieldRate) {
        return new FundingTerms(
                grades,
                minimum,
                maximum,
                new BigDecimal(minShare),
                new BigDecimal(maxShare),
                Money.of(exposureCap),
                Money.of(dailyQuota),
                new BigDecimal(yieldRate),
                false);
    }

    static FundingTerms withYield(String yieldRate) {
        return terms("AB", 3, 12, "0.2", "0.7", "50000000.00", "2000000.00", yieldRate);
    }

    static FundingTerms withLimits(String exposureCap, String dailyQuota) {
        return terms("AB", 3, 12, "0.2", "0.7", exposureCap, dailyQuota, "0.065");
    }

    @Test
    void shouldAcceptTermsWithinThePlatformsRulesAtTheirEdges() {
        FundingTerms edges = terms("ABCDE", 1, 24, "0.000001", "0.70");
        assertThat(CHINA.check(edges)).isSameAs(edges);
        assertThat(CHINA.check(terms("C", 24, 24, "0.7", "0.7"))).isNotNull();
        assertThat(CHINA.check(withYield("0"))).isNotNull();
        assertThat(CHINA.check(withYield("0.24"))).isNotNull();
        assertThat(CHINA.check(withLimits("0.00", "0.00"))).isNotNull();
    }

    @Test
    void shouldKeepGradesAsTheirLettersInOrderEachOnce() {
        assertThat(Grades.of(List.of("C", "A", "B", "A"))).isEqualTo("ABC");
        assertThat(Grades.letters("ABE")).containsExactly("A", "B", "E");
    }

    @Test
    void shouldRefuseGradesNotRecognised() {
        for (List<String> refused :
                List.of(List.<String>of(), List.of("F"), List.of("a"), List.of("AB"), List.of(""))) {
            assertThatThrownBy(() -> Grades.of(refused)).as(refused.toString()).isInstanceOf(GradesNotRecognised.class);
        }
        for (String refused : List.of("", "BA", "AAB", "ABX")) {
            assertThatThrownBy(() -> CHINA.check(terms(refused, 3, 12, "0.2", "0.7")))
                    .as(refused)
                    .isInstanceOf(GradesNotRecognised.class);
        }
    }

    @Test
    void shouldRefuseInstallmentsOutsideOneToTwentyFourOrTheMinimumAboveTheMaximum() {
        for (int[] range : new int[][] {{0, 12}, {13, 12}, {3, 25}, {-1, -1}}) {
            assertThatThrownBy(() -> CHINA.check(terms("AB", range[0], range[1], "0.2", "0.7")))
                    .isInstanceOf(InstallmentRangeOutOfBounds.class)
                    .hasMessageContaining("between 1 and 24");
        }
    }

    @Test
    void shouldRefuseASharePastThePlatformsMinimumShareNamingTheLimit() {
        assertThatThrownBy(() -> CHINA.check(terms("AB", 3, 12, "0.2", "0.700001")))
                .isInstanceOf(ShareAbovePlatformLimit.class)
                .hasMessage("A funder may take at most 0.70 of a plan: the platform's own lender keeps at least 0.30"
                        + " of every joint loan; got a maximum share of 0.700001.");
    }

    @Test
    void shouldTakeTheFundersLargestShareFromTheConfiguredPlatformShare() {
        FundingTermsRules half = new FundingTermsRules(new BigDecimal("0.5"));
        assertThat(half.maximumFunderShare()).isEqualByComparingTo("0.5");
        assertThatThrownBy(() -> half.check(terms("AB", 3, 12, "0.2", "0.6")))
                .isInstanceOf(ShareAbovePlatformLimit.class);
        assertThat(new FundingTermsRules(BigDecimal.ZERO).check(terms("AB", 3, 12, "0.2", "1")))
                .isNotNull();
        assertThatThrownBy(() -> new FundingTermsRules(BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FundingTermsRules(new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAShareOfZeroAMinimumAboveTheMaximumOrMoreThanSixDecimals() {
        for (String[] shares : new String[][] {{"0", "0.5"}, {"-0.1", "0.5"}, {"0.6", "0.5"}, {"0.1234567", "0.5"}}) {
            assertThatThrownBy(() -> CHINA.check(terms("AB", 3, 12, shares[0], shares[1])))
                    .as(String.join(" to ", shares))
                    .isInstanceOf(ShareRangeOutOfBounds.class);
        }
    }

    @Test
    void shouldRefuseAYieldOutsideZeroToTheAprCap() {
        for (String refused : List.of("-0.01", "0.2400001", "0.25", "1")) {
            assertThatThrownBy(() -> CHINA.check(withYield(refused)))
                    .as(refused)
                    .isInstanceOf(YieldRateOutOfBounds.class);
        }
    }

    @Test
    void shouldRefuseANegativeExposureCapOrDailyQuota() {
        assertThatThrownBy(() -> CHINA.check(withLimits("-0.01", "10.00")))
                .isInstanceOf(FundingLimitNegative.class)
                .hasMessage("A funder's exposure cap must be 0 or more; got -0.01 CNY.");
        assertThatThrownBy(() -> CHINA.check(withLimits("10.00", "-1.00")))
                .isInstanceOf(FundingLimitNegative.class)
                .hasMessageContaining("daily quota");
    }

    @Test
    void shouldAcceptOnlySlugsAsFunderIds() {
        for (String slug : List.of("abc", "bank-of-ningbo", "cfc-01", "a".repeat(40))) {
            assertThat(slug).as(slug).matches(FundingTermsRules.FUNDER_ID);
        }
        for (String refused : List.of("ab", "Bank", "bank_of", "-bank", "bank-", "a".repeat(41), "bank of")) {
            assertThat(refused).as(refused).doesNotMatch(FundingTermsRules.FUNDER_ID);
        }
    }

    @Test
    void shouldRegisterAFunderActiveHoldingNothingWithItsWholeCapAsRoom() {
        Funder funder = Funder.register(
                "bank-a", "Bank A", FunderKind.BANK, 10, withLimits("1000.00", "500.00"), "acct", null, Instant.EPOCH);
        assertThat(funder.status()).isEqualTo(FunderStatus.ACTIVE);
        assertThat(funder.outstandingPrincipal()).isEqualTo(Money.ZERO);
        assertThat(funder.exposureRoom()).isEqualTo(Money.of("1000.00"));
    }

    @Test
    void shouldLetOnlyItsOwnPartnerReadAFundersBooks() {
        Funder linked = Funder.register(
                "bank-b", "Bank B", FunderKind.BANK, 10, withLimits("1000.00", "500.00"), "acct", "P-7", Instant.EPOCH);
        Funder unlinked = Funder.register(
                "bank-c", "Bank C", FunderKind.BANK, 10, withLimits("1000.00", "500.00"), "acct", null, Instant.EPOCH);
        assertThat(linked.readableBy("P-7")).isTrue();
        assertThat(linked.readableBy("P-8")).isFalse();
        assertThat(unlinked.readableBy("P-7")).isFalse();
    }
}
