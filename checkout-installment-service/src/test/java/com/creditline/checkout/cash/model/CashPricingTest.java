package com.creditline.checkout.cash.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.checkout.pricing.Grade;
import com.creditline.checkout.pricing.Installment;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CashPricingTest {

    static final LocalDate DRAWN = LocalDate.of(2026, 1, 15);
    static final BigDecimal B_RATE = new BigDecimal("0.0003");

    final CashPricing pricing = new CashPricing(CashEligibilityTest.TERMS);

    @Test
    void shouldChargeInterestOnTheOutstandingPrincipalForTheActualDaysOfEachPeriod() {
        CashOffer offer = CashPricing.schedule(Money.yuan(10_000), B_RATE, PricingMethod.EQUAL_PRINCIPAL, 3, DRAWN);

        // 31, 28 and 31 days: 10,000 x 0.0003 x 31 = 93.00; 6,666.67 x 0.0003 x 28 = 56.00; 3,333.34 x 0.0003 x 31 =
        // 31.00
        assertThat(offer.installments())
                .containsExactly(
                        new Installment(1, LocalDate.of(2026, 2, 15), Money.of("3333.33"), Money.of("93.00")),
                        new Installment(2, LocalDate.of(2026, 3, 15), Money.of("3333.33"), Money.of("56.00")),
                        new Installment(3, LocalDate.of(2026, 4, 15), Money.of("3333.34"), Money.of("31.00")));
        assertThat(offer.totalInterest()).isEqualTo(Money.of("180.00"));
        assertThat(offer.totalCost()).isEqualTo(Money.of("10180.00"));
        // about 0.0003 x 365 = 10.95% a year, by the cash flows
        assertThat(offer.nominalApr()).isBetween(new BigDecimal("0.1000"), new BigDecimal("0.1150"));
        assertThat(offer.effectiveApr()).isGreaterThan(offer.nominalApr());
    }

    @Test
    void shouldRepayEqualInstallmentsWithEachPeriodsRealInterestFirst() {
        CashOffer offer = CashPricing.schedule(Money.yuan(10_000), B_RATE, PricingMethod.EQUAL_INSTALLMENT, 3, DRAWN);

        assertThat(offer.installments().getFirst().fee()).isEqualTo(Money.of("93.00"));
        assertThat(Money.sum(offer.installments().stream()
                        .map(Installment::principal)
                        .toList()))
                .isEqualTo(Money.yuan(10_000));
        // 30 days' interest a month priced in the payment: 3,393.36 each, the last squaring the principal
        assertThat(offer.installments().get(0).total())
                .isEqualTo(offer.installments().get(1).total());
        assertThat(offer.totalInterest().isLessThan(Money.of("200.00"))).isTrue();
    }

    @Test
    void shouldClampDueDatesToTheMonthsEnd() {
        CashOffer offer = CashPricing.schedule(
                Money.yuan(1_000), B_RATE, PricingMethod.EQUAL_PRINCIPAL, 3, LocalDate.of(2026, 1, 31));

        assertThat(offer.installments().stream().map(Installment::dueDate))
                .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
    }

    @Test
    void shouldQuoteEachCountByEachMethodWithinTheCashAvailable() {
        List<CashOffer> offers = pricing.quote(Money.yuan(10_000), Grade.B, Money.yuan(20_000), DRAWN);

        assertThat(offers).hasSize(6);
        assertThat(offers.stream().map(CashOffer::installmentCount)).containsExactly(3, 3, 6, 6, 12, 12);
        assertThatThrownBy(() -> pricing.quote(Money.yuan(499), Grade.B, Money.yuan(20_000), DRAWN))
                .isInstanceOf(CashAmountRefused.class)
                .hasMessageContaining("500.00 yuan");
        assertThatThrownBy(() -> pricing.quote(Money.yuan(20_001), Grade.B, Money.yuan(20_000), DRAWN))
                .isInstanceOf(CashAmountRefused.class)
                .hasMessageContaining("20,000.00 yuan");
    }

    @Test
    void shouldNeverOfferAPlanWhoseNominalAprIsAboveTheCap() {
        // 0.0008 a day is about 29% a year: above the 24% cap
        CashPricing dear = new CashPricing(new CashTerms(
                Money.yuan(500),
                List.of(3, 6, 12),
                Map.of(Grade.A, new BigDecimal("0.0008")),
                3,
                new BigDecimal("0.24")));

        assertThat(dear.quote(Money.yuan(10_000), Grade.A, Money.yuan(20_000), DRAWN))
                .isEmpty();
        assertThatThrownBy(() -> dear.offer(
                        Money.yuan(10_000), Grade.A, PricingMethod.EQUAL_PRINCIPAL, 6, Money.yuan(20_000), DRAWN))
                .isInstanceOf(CashDrawNotOffered.class)
                .hasMessageContaining("above the cap of 24.00%");
    }

    @Test
    void shouldRefuseACountOrMethodNotOnOfferAndAGradeWithoutARate() {
        assertThatThrownBy(() -> pricing.offer(
                        Money.yuan(1_000), Grade.A, PricingMethod.EQUAL_PRINCIPAL, 24, Money.yuan(5_000), DRAWN))
                .isInstanceOf(CashDrawNotOffered.class);
        assertThatThrownBy(() -> pricing.offer(
                        Money.yuan(1_000), Grade.A, PricingMethod.FLAT_MONTHLY_FEE, 3, Money.yuan(5_000), DRAWN))
                .isInstanceOf(CashDrawNotOffered.class);
        assertThatThrownBy(() -> pricing.offer(
                        Money.yuan(1_000), Grade.D, PricingMethod.EQUAL_PRINCIPAL, 3, Money.yuan(5_000), DRAWN))
                .isInstanceOf(CashDrawNotOffered.class);
    }
}
