package com.creditline.checkout.cash.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.checkout.cash.model.MerchantLoanEligibility.MerchantLineStanding;
import com.creditline.checkout.cash.model.MerchantLoanEligibility.Reason;
import com.creditline.checkout.pricing.Grade;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may draw on a merchant line, and at what price: the defaults of {@code creditline.merchant-loans}. */
class MerchantLoanRulesTest {

    static final LocalDate DRAWN = LocalDate.of(2026, 1, 15);

    static final MerchantLoanTerms TERMS = new MerchantLoanTerms(
            new CashTerms(
                    Money.of("1000.00"),
                    List.of(3, 6, 12),
                    Map.of(
                            Grade.A, new BigDecimal("0.0003"),
                            Grade.B, new BigDecimal("0.0004"),
                            Grade.C, new BigDecimal("0.0005"),
                            Grade.D, new BigDecimal("0.0006")),
                    0,
                    new BigDecimal("0.24")),
            new BigDecimal("0.01"),
            new BigDecimal("0.50"));

    final MerchantLoanEligibility eligibility = new MerchantLoanEligibility(TERMS);
    final MerchantLoanPricing pricing = new MerchantLoanPricing(TERMS);

    @Test
    void shouldAdmitAnActiveMerchantLineOfEveryGradeFromAToD() {
        for (Grade grade : List.of(Grade.A, Grade.B, Grade.C, Grade.D)) {
            var verdict = eligibility.judge(new MerchantLineStanding("MERCHANT", "ACTIVE", grade, Money.yuan(80_000)));

            assertThat(verdict.eligible()).as("grade %s", grade).isTrue();
            assertThat(verdict.grade()).isEqualTo(grade);
            assertThat(verdict.available()).isEqualTo(Money.yuan(80_000));
        }
    }

    @Test
    void shouldNameEveryReasonThatStandsAgainstTheMerchant() {
        var verdict = eligibility.judge(new MerchantLineStanding("CONSUMER", "FROZEN", Grade.E, Money.ZERO));

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons())
                .containsExactly(
                        Reason.NOT_A_MERCHANT_LINE,
                        Reason.LINE_NOT_ACTIVE,
                        Reason.GRADE_NOT_ELIGIBLE,
                        Reason.NO_CREDIT_AVAILABLE);
        assertThat(new MerchantLoanNotEligible(verdict.reasons()).getMessage())
                .contains("NOT_A_MERCHANT_LINE, LINE_NOT_ACTIVE, GRADE_NOT_ELIGIBLE, NO_CREDIT_AVAILABLE");
    }

    @Test
    void shouldRefuseAMerchantWithoutALineOrAGrade() {
        assertThat(eligibility.judge(null).reasons()).containsExactly(Reason.NO_MERCHANT_LINE);
        assertThat(eligibility
                        .judge(new MerchantLineStanding("MERCHANT", "ACTIVE", null, Money.yuan(1)))
                        .reasons())
                .containsExactly(Reason.GRADE_NOT_ELIGIBLE);
    }

    @Test
    void shouldPriceByTheMerchantLinesGradeWithTheCashArithmetic() {
        for (var rate : TERMS.drawTerms().dailyRates().entrySet()) {
            CashOffer offer = pricing.offer(
                    Money.yuan(50_000),
                    rate.getKey(),
                    PricingMethod.EQUAL_PRINCIPAL,
                    6,
                    Money.yuan(50_000),
                    null,
                    DRAWN);

            assertThat(offer.dailyRate()).isEqualByComparingTo(rate.getValue());
            assertThat(offer)
                    .isEqualTo(CashPricing.schedule(
                            Money.yuan(50_000), rate.getValue(), PricingMethod.EQUAL_PRINCIPAL, 6, DRAWN));
        }
        // 50,000 x 0.0006 x 31 days in the first period, HALF_UP to the fen
        assertThat(pricing.offer(
                                Money.yuan(50_000),
                                Grade.D,
                                PricingMethod.EQUAL_INSTALLMENT,
                                3,
                                Money.yuan(50_000),
                                null,
                                DRAWN)
                        .installments()
                        .getFirst()
                        .fee())
                .isEqualTo(Money.of("930.00"));
    }

    @Test
    void shouldQuoteThreeSixAndTwelveMonthsByBothMethodsUnderTheCap() {
        var offers = pricing.quote(Money.yuan(50_000), Grade.D, Money.yuan(60_000), new BigDecimal("0.10"), DRAWN);

        assertThat(offers).extracting(CashOffer::installmentCount).containsExactly(3, 3, 6, 6, 12, 12);
        assertThat(offers).allMatch(o -> o.nominalApr().compareTo(new BigDecimal("0.24")) <= 0);
    }

    @Test
    void shouldLeaveOutPlansAboveTheAprCap() {
        var costly = new MerchantLoanPricing(new MerchantLoanTerms(
                new CashTerms(
                        Money.of("1000.00"),
                        List.of(3, 6, 12),
                        Map.of(Grade.D, new BigDecimal("0.0008")),
                        0,
                        new BigDecimal("0.24")),
                new BigDecimal("0.01"),
                new BigDecimal("0.50")));

        assertThat(costly.quote(Money.yuan(50_000), Grade.D, Money.yuan(50_000), null, DRAWN))
                .isEmpty();
        assertThatThrownBy(() -> costly.offer(
                        Money.yuan(50_000), Grade.D, PricingMethod.EQUAL_PRINCIPAL, 6, Money.yuan(50_000), null, DRAWN))
                .isInstanceOf(CashDrawNotOffered.class)
                .hasMessageContaining("above the cap of 24.00%");
    }

    @Test
    void shouldDrawFromOneThousandYuanToTheWholeAvailableAmount() {
        Money available = Money.yuan(300_000);

        assertThatCode(() -> pricing.quote(Money.of("1000.00"), Grade.A, available, null, DRAWN))
                .doesNotThrowAnyException();
        assertThat(pricing.quote(available, Grade.A, available, null, DRAWN))
                .as("no cash share and no 200,000 ceiling on a merchant line")
                .isNotEmpty();
        assertThatThrownBy(() -> pricing.quote(Money.of("999.99"), Grade.A, available, null, DRAWN))
                .isInstanceOf(CashAmountRefused.class)
                .hasMessageContaining("1,000.00 yuan");
        assertThatThrownBy(() -> pricing.quote(Money.of("300000.01"), Grade.A, available, null, DRAWN))
                .isInstanceOf(CashAmountRefused.class)
                .hasMessageContaining("300,000.00 yuan");
    }

    @Test
    void shouldRefuseAGradeWithoutARate() {
        assertThatThrownBy(() -> pricing.offer(
                        Money.yuan(5_000), Grade.E, PricingMethod.EQUAL_PRINCIPAL, 3, Money.yuan(5_000), null, DRAWN))
                .isInstanceOf(CashDrawNotOffered.class);
    }

    @Test
    void shouldTakeASweepShareFromOnePercentToFiftyWithAtMostTwoDecimals() {
        for (String share : List.of("0.01", "0.10", "0.1", "0.100", "0.5", "0.50")) {
            assertThatCode(() -> pricing.requireSweepShare(new BigDecimal(share)))
                    .as(share)
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> pricing.requireSweepShare(null)).doesNotThrowAnyException();
        for (String share : List.of("0", "0.009", "0.105", "0.51", "1", "-0.10")) {
            assertThatThrownBy(() -> pricing.requireSweepShare(new BigDecimal(share)))
                    .as(share)
                    .isInstanceOf(SweepShareNotOffered.class)
                    .hasMessageContaining("from 0.01 to 0.50");
        }
        assertThatThrownBy(() ->
                        pricing.quote(Money.yuan(5_000), Grade.A, Money.yuan(5_000), new BigDecimal("0.60"), DRAWN))
                .isInstanceOf(SweepShareNotOffered.class);
    }

    @Test
    void shouldRefuseSweepShareBoundsOutsideZeroToOne() {
        assertThatThrownBy(() -> new MerchantLoanTerms(TERMS.drawTerms(), BigDecimal.ZERO, new BigDecimal("0.5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MerchantLoanTerms(TERMS.drawTerms(), new BigDecimal("0.6"), new BigDecimal("0.5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MerchantLoanTerms(TERMS.drawTerms(), new BigDecimal("0.1"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldDrawForAMerchantUnderItsBorrowerIdAndReplayOnlyTheSameShare() {
        var merchantId = com.creditline.common.id.MerchantId.of("mi-store");
        var request = CashDrawRequest.toMerchant(
                "k-1", merchantId, Money.yuan(50_000), 6, PricingMethod.EQUAL_PRINCIPAL, new BigDecimal("0.10"));
        var draw = new CashDraw(request, Grade.B, new BigDecimal("0.0004"), java.time.Instant.EPOCH);

        assertThat(request.customerId().value()).isEqualTo("mch-mi-store");
        assertThat(request.product()).isEqualTo(DrawProduct.MERCHANT);
        assertThat(draw.bankAccountId()).isNull();
        assertThat(draw.isSameRequest(CashDrawRequest.toMerchant(
                        "k-1",
                        merchantId,
                        Money.yuan(50_000),
                        6,
                        PricingMethod.EQUAL_PRINCIPAL,
                        new BigDecimal("0.1"))))
                .isTrue();
        assertThat(draw.isSameRequest(CashDrawRequest.toMerchant(
                        "k-1", merchantId, Money.yuan(50_000), 6, PricingMethod.EQUAL_PRINCIPAL, null)))
                .isFalse();
    }
}
