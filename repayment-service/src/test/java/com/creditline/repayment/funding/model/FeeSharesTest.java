package com.creditline.repayment.funding.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.funding.model.FeeShares.FeeShare;
import com.creditline.repayment.funding.model.Holdings.Part;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeSharesTest {

    static final BigDecimal SIX_PERCENT = new BigDecimal("0.06");

    /** 1,200.00 over 12 months, 100.00 of principal a month, with {@code fees} in all. */
    static PlanToFund twelveMonths(String fees) {
        return new PlanToFund(
                PlanId.random(),
                Money.of("1200.00"),
                "A",
                Collections.nCopies(12, Money.of("100.00")),
                Money.of(fees),
                LocalDate.of(2027, 3, 1));
    }

    static FeeShares seventyThirty(BigDecimal funderShare) {
        return new FeeShares(List.of(
                new FeeShare("bank-a", funderShare), new FeeShare("PLATFORM", FeeShares.platformShare(funderShare))));
    }

    @Test
    void shouldGiveTheFunderItsYieldOnThePrincipalAsRepaidAndThePlatformTheSpread() {
        // 12 flat fees of 7.20 (0.6 % a month): 86.40. The funder's 840.00 at 6 % a year, outstanding
        // (1,200 + 1,100 + ... + 100) / 1,200 = 6.5 months: E = 840 x 0.005 x 6.5 = 27.30.
        PlanToFund plan = twelveMonths("86.40");

        assertThat(FeeShares.entitlement(plan, Money.of("840.00"), SIX_PERCENT)).isEqualTo(Money.of("27.30"));
        BigDecimal share = FeeShares.funderShare(plan, Money.of("840.00"), new BigDecimal("0.700000"), SIX_PERCENT);
        assertThat(share).isEqualByComparingTo("0.3159722222");
        assertThat(FeeShares.platformShare(share)).isEqualByComparingTo("0.6840277778");

        List<Part> parts = seventyThirty(share).split(Money.of("7.20"));
        assertThat(parts).containsExactly(new Part("bank-a", Money.of("2.27")), new Part("PLATFORM", Money.of("4.93")));
    }

    @Test
    void shouldCountTheMerchantsSubsidyAmongThePlansFees() {
        // a subsidised plan: the customer pays no fee; the merchant pays 86.40 at capture
        PlanToFund plan = twelveMonths("86.40");
        BigDecimal share = FeeShares.funderShare(plan, Money.of("840.00"), new BigDecimal("0.7"), SIX_PERCENT);

        assertThat(seventyThirty(share).split(Money.of("86.40")))
                .containsExactly(new Part("bank-a", Money.of("27.30")), new Part("PLATFORM", Money.of("59.10")));
    }

    @Test
    void shouldNeverGiveTheFunderMoreThanItsShareOfThePrincipal() {
        // fees of 10.00 in all are less than the 27.30 it is entitled to: it takes 70 % of them
        BigDecimal share = FeeShares.funderShare(
                twelveMonths("10.00"), Money.of("840.00"), new BigDecimal("0.700000"), SIX_PERCENT);

        assertThat(share).isEqualByComparingTo("0.7");
        assertThat(seventyThirty(share).split(Money.of("0.83")))
                .containsExactly(new Part("bank-a", Money.of("0.58")), new Part("PLATFORM", Money.of("0.25")));
    }

    @Test
    void shouldGiveTheFunderNoFeeShareOfAPlanWithoutFees() {
        BigDecimal share = FeeShares.funderShare(
                twelveMonths("0.00"), Money.of("840.00"), new BigDecimal("0.700000"), SIX_PERCENT);

        assertThat(share).isZero();
        assertThat(FeeShares.platformShare(share)).isEqualByComparingTo("1");
        assertThat(seventyThirty(share).split(Money.of("5.00")))
                .containsExactly(new Part("bank-a", Money.ZERO), new Part("PLATFORM", Money.of("5.00")));
    }

    @Test
    void shouldSplitEveryFeeExactlyToTheFenWhateverItsSize() {
        FeeShares shares = seventyThirty(new BigDecimal("0.3159722222"));
        for (long fen = 1; fen <= 5_000; fen += 7) {
            Money fee = Money.ofFen(fen);
            List<Part> parts = shares.split(fee);
            assertThat(Money.sum(parts.stream().map(Part::amount).toList())).isEqualTo(fee);
            assertThat(parts).allMatch(p -> !p.amount().isNegative());
        }
    }

    @Test
    void shouldWeighAFrontLoadedScheduleLessThanALevelOne() {
        // principal repaid early is outstanding for fewer months: 1,100 then 100 is (1,200 + 100) / 1,200
        PlanToFund early = new PlanToFund(
                PlanId.random(),
                Money.of("1200.00"),
                "A",
                List.of(Money.of("1100.00"), Money.of("100.00")),
                Money.of("20.00"),
                LocalDate.of(2027, 3, 1));

        assertThat(FeeShares.entitlement(early, Money.of("840.00"), SIX_PERCENT))
                .isEqualTo(Money.of("4.55"));
    }
}
