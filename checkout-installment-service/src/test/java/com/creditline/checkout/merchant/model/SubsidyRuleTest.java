package com.creditline.checkout.merchant.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Only an ACTIVE merchant's agreement in force on the business date, covering the installment count
 * and (when it caps it) the principal, makes a plan 0% for the customer.
 */
class SubsidyRuleTest {

    private static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    private static final LocalDate JUNE_18 = LocalDate.of(2026, 6, 18);
    private static final List<Integer> ON_OFFER = List.of(3, 6, 12, 24);

    private static Merchant merchant() {
        return Merchant.register(
                MerchantId.of("mi-store"), "Xiaomi", new DiscountRate(new BigDecimal("0.006")), "ICBC 1", AT);
    }

    /** 3, 6 and 12 installments during 618, up to 20,000 yuan a plan. */
    private static Merchant withA618Agreement() {
        Merchant merchant = merchant();
        merchant.agree(new SubsidyTerms(Set.of(3, 6, 12), JUNE_1, JUNE_18, Money.yuan(20_000)), AT);
        return merchant;
    }

    @Test
    void shouldSubsidiseACoveredCountWithinTheDatesAndTheCap() {
        Merchant merchant = withA618Agreement();

        assertThat(merchant.subsidyFor(12, Money.yuan(20_000), JUNE_1)).isNotNull();
        assertThat(merchant.subsidyFor(3, Money.of("0.01"), JUNE_18)).isNotNull();
    }

    @Test
    void shouldRefuseACountTheAgreementDoesNotCover() {
        assertThatThrownBy(() -> withA618Agreement().subsidyFor(24, Money.yuan(3000), JUNE_1))
                .isInstanceOf(SubsidyNotAgreed.class)
                .hasMessageContaining("covering 24 installments")
                .hasMessageContaining("[3, 6, 12]");
    }

    @Test
    void shouldRefuseOutsideTheAgreementsDatesInclusive() {
        Merchant merchant = withA618Agreement();

        assertThatThrownBy(() -> merchant.subsidyFor(12, Money.yuan(3000), JUNE_1.minusDays(1)))
                .isInstanceOf(SubsidyNotAgreed.class)
                .hasMessageContaining("none is in force");
        assertThatThrownBy(() -> merchant.subsidyFor(12, Money.yuan(3000), JUNE_18.plusDays(1)))
                .isInstanceOf(SubsidyNotAgreed.class);
    }

    @Test
    void shouldRefuseAPrincipalAboveTheCapAndSayTheCap() {
        assertThatThrownBy(() -> withA618Agreement().subsidyFor(12, Money.of("20000.01"), JUNE_1))
                .isInstanceOf(SubsidyNotAgreed.class)
                .hasMessageContaining("up to a principal of 20000.00 yuan");
    }

    @Test
    void shouldSubsidiseAnyPrincipalWithoutACapAndForEverWithoutAnEndDate() {
        Merchant merchant = merchant();
        merchant.agree(new SubsidyTerms(Set.of(24), JUNE_1, null, null), AT);

        assertThat(merchant.subsidyFor(24, Money.yuan(200_000), JUNE_1.plusYears(5)))
                .isNotNull();
    }

    @Test
    void shouldHonourNoSubsidyOfASuspendedMerchant() {
        Merchant merchant = withA618Agreement();
        merchant.changeStatus(MerchantStatus.SUSPENDED);

        assertThatThrownBy(() -> merchant.subsidyFor(12, Money.yuan(3000), JUNE_1))
                .isInstanceOf(SubsidyNotAgreed.class)
                .hasMessageContaining("suspended");
        assertThatThrownBy(merchant::requireActive).isInstanceOf(MerchantSuspended.class);
    }

    @Test
    void shouldStopSubsidisingUnderAnAgreementEndedEarly() {
        Merchant merchant = merchant();
        SubsidyAgreement agreement = merchant.agree(new SubsidyTerms(Set.of(12), JUNE_1, JUNE_18, null), AT);
        agreement.end(JUNE_1);

        assertThat(agreement.status()).isEqualTo(AgreementStatus.ENDED);
        assertThat(agreement.inForceOn(JUNE_1)).isFalse();
        assertThatThrownBy(() -> merchant.subsidyFor(12, Money.yuan(3000), JUNE_1))
                .isInstanceOf(SubsidyNotAgreed.class);
    }

    @Test
    void shouldFindTheCoveringAgreementAmongSeveral() {
        Merchant merchant = withA618Agreement();
        merchant.agree(new SubsidyTerms(Set.of(12), JUNE_1, null, null), AT);

        // 12 installments of 50,000: above the 618 cap, within the open-ended agreement.
        assertThat(merchant.subsidyFor(12, Money.yuan(50_000), JUNE_1).maximumPrincipal())
                .isNull();
    }

    @Test
    void shouldQuoteAtZeroOnlyTheCountsCoveredOnTheDay() {
        Merchant merchant = withA618Agreement();

        assertThat(merchant.subsidisedCounts(ON_OFFER, Money.yuan(3000), JUNE_1))
                .containsExactly(3, 6, 12);
        assertThatThrownBy(() -> merchant.subsidisedCounts(ON_OFFER, Money.yuan(30_000), JUNE_1))
                .isInstanceOf(SubsidyNotAgreed.class);
    }

    @Test
    void shouldRefuseTermsThatMakeNoSense() {
        assertThatThrownBy(() -> new SubsidyTerms(Set.of(12, 18), JUNE_1, null, null).check(ON_OFFER))
                .isInstanceOf(SubsidyTermsRefused.class)
                .hasMessageContaining("[12, 18]");
        assertThatThrownBy(() -> new SubsidyTerms(Set.of(), JUNE_1, null, null).check(ON_OFFER))
                .isInstanceOf(SubsidyTermsRefused.class);
        assertThatThrownBy(() -> new SubsidyTerms(Set.of(3), JUNE_18, JUNE_1, null).check(ON_OFFER))
                .isInstanceOf(SubsidyTermsRefused.class);
        assertThatThrownBy(() -> new SubsidyTerms(Set.of(3), JUNE_1, null, Money.ZERO).check(ON_OFFER))
                .isInstanceOf(SubsidyTermsRefused.class);
        assertThat(new SubsidyTerms(Set.of(3), JUNE_1, JUNE_1, null).check(ON_OFFER))
                .isNotNull();
    }
}
