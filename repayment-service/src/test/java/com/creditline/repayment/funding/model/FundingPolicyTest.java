package com.creditline.repayment.funding.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.money.Money;
import com.creditline.repayment.funding.model.FundingPolicy.Candidate;
import com.creditline.repayment.funding.model.FundingPolicy.Part;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FundingPolicyTest {

    final FundingPolicy policy = new FundingPolicy(new BigDecimal("0.30"));

    static FundingTerms terms(String maximumShare) {
        return new FundingTerms(
                "AB",
                3,
                12,
                new BigDecimal("0.20"),
                new BigDecimal(maximumShare),
                Money.yuan(1_000_000),
                Money.yuan(100_000),
                new BigDecimal("0.06"),
                false);
    }

    static Candidate bank(FundingTerms terms, String exposureRoom, String quotaRoom) {
        return new Candidate("bank-a", 1, terms, Money.of(exposureRoom), Money.of(quotaRoom));
    }

    @Test
    void shouldFundSeventyPercentAndLeaveThePlatformThirty() {
        Part part = policy.partOf(bank(terms("0.70"), "50000.00", "50000.00"), Money.of("1000.00"), "A", 6)
                .orElseThrow();

        assertThat(part.principal()).isEqualTo(Money.of("700.00"));
        assertThat(part.share()).isEqualByComparingTo("0.70");
        assertThat(FundingPolicy.platformPart(Money.of("1000.00"), part.principal())
                        .principal())
                .isEqualTo(Money.of("300.00"));
    }

    @Test
    void shouldNeverLeaveThePlatformLessThanItsMinimumShare() {
        FundingPolicy stricter = new FundingPolicy(new BigDecimal("0.40"));

        Part part = stricter.partOf(bank(terms("0.70"), "50000.00", "50000.00"), Money.of("999.99"), "A", 6)
                .orElseThrow();

        assertThat(part.principal()).isEqualTo(Money.of("599.99"));
    }

    @Test
    void shouldTakeOnlyWhatRoomIsLeftUnderTheCapOrTheDailyQuota() {
        assertThat(policy.partOf(bank(terms("0.70"), "250.00", "50000.00"), Money.of("1000.00"), "A", 6)
                        .orElseThrow()
                        .principal())
                .isEqualTo(Money.of("250.00"));
        assertThat(policy.partOf(bank(terms("0.70"), "50000.00", "400.00"), Money.of("1000.00"), "A", 6)
                        .orElseThrow()
                        .principal())
                .isEqualTo(Money.of("400.00"));
    }

    @Test
    void shouldPassWhenTheRoomLeavesLessThanTheFundersMinimumShare() {
        assertThat(policy.partOf(bank(terms("0.70"), "199.99", "50000.00"), Money.of("1000.00"), "A", 6))
                .isEmpty();
        assertThat(policy.partOf(bank(terms("0.70"), "0.00", "50000.00"), Money.of("1000.00"), "A", 6))
                .isEmpty();
    }

    @Test
    void shouldFundOnlyTheGradesAndLengthsInItsTerms() {
        Candidate bank = bank(terms("0.70"), "50000.00", "50000.00");

        assertThat(policy.partOf(bank, Money.of("1000.00"), "C", 6)).isEmpty();
        assertThat(policy.partOf(bank, Money.of("1000.00"), null, 6)).isEmpty();
        assertThat(policy.partOf(bank, Money.of("1000.00"), "A", 1)).isEmpty();
        assertThat(policy.partOf(bank, Money.of("1000.00"), "B", 24)).isEmpty();
        assertThat(policy.partOf(bank, Money.of("1000.00"), "B", 12)).isPresent();
    }
}
