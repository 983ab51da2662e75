package com.creditline.checkout.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Schedules checked against figures worked out independently of this code. The PMT, IPMT and RATE
 * figures are what a spreadsheet gives (=PMT(1%,12,-10000) is 888.49, =IPMT(1%,1,12,-10000) is
 * 100.00); the rows after the first follow the rule the engine states (interest on the rounded
 * balance, rounded HALF_UP) and were worked out with Python's decimal module, not with this code.
 */
class PricingTest {

    static final LocalDate MID_MARCH = LocalDate.of(2025, 3, 15);

    final Pricing pricing = new Pricing(PricingPolicy.defaults());

    @Test
    void shouldScheduleEqualInstallmentsAsASpreadsheetDoes() {
        // 10,000.00 at 12% a year (grade B) over 12 months: i = 1% a month.
        // =PMT(1%,12,-10000) = 888.4879 -> 888.49; =IPMT(1%,1,12,-10000) = 100.00; principal 788.49.
        // Rows 2-12: interest = balance x 1% rounded HALF_UP; principal = 888.49 - interest; the last
        // installment repays the 879.67 still owed with its 8.80 of interest (888.47).
        PlanOffer plan =
                pricing.price(Money.of("10000.00"), Grade.B, PricingMethod.EQUAL_INSTALLMENT, 12, false, MID_MARCH);

        assertSchedule(plan, new String[][] {
            {"2025-04-15", "788.49", "100.00"},
            {"2025-05-15", "796.37", "92.12"},
            {"2025-06-15", "804.34", "84.15"},
            {"2025-07-15", "812.38", "76.11"},
            {"2025-08-15", "820.51", "67.98"},
            {"2025-09-15", "828.71", "59.78"},
            {"2025-10-15", "837.00", "51.49"},
            {"2025-11-15", "845.37", "43.12"},
            {"2025-12-15", "853.82", "34.67"},
            {"2026-01-15", "862.36", "26.13"},
            {"2026-02-15", "870.98", "17.51"},
            {"2026-03-15", "879.67", "8.80"}
        });
        assertThat(plan.installments().subList(0, 11))
                .allSatisfy(i -> assertThat(i.total()).isEqualTo(Money.of("888.49")));
        assertThat(plan.installments().getLast().total()).isEqualTo(Money.of("888.47"));
        assertThat(plan.totalFee()).isEqualTo(Money.of("661.86"));
        assertThat(plan.totalCost()).isEqualTo(Money.of("10661.86"));
        assertThat(plan.monthlyRate()).isEqualByComparingTo("0.01");
        // =RATE(12,...) on these flows is 1.0000096% a month: x 12 = 12.0001%, (1+i)^12-1 = 12.6826%
        assertThat(plan.nominalApr()).isEqualTo(new BigDecimal("0.1200"));
        assertThat(plan.effectiveApr()).isEqualTo(new BigDecimal("0.1268"));
    }

    @Test
    void shouldChargeAFlatMonthlyFeeOnTheOriginalPrincipal() {
        // 10,000.00 at grade A's 0.50% a month for 12 months: fee 10,000 x 0.005 x 12 = 600.00,
        // 50.00 a month; principal 10,000 / 12 = 833.33 x 11 and 833.37 last.
        PlanOffer plan =
                pricing.price(Money.of("10000.00"), Grade.A, PricingMethod.FLAT_MONTHLY_FEE, 12, false, MID_MARCH);

        assertThat(plan.installments().subList(0, 11))
                .allSatisfy(i -> assertThat(List.of(i.principal(), i.fee()))
                        .containsExactly(Money.of("833.33"), Money.of("50.00")));
        assertThat(plan.installments().get(11).principal()).isEqualTo(Money.of("833.37"));
        assertThat(plan.installments().get(11).fee()).isEqualTo(Money.of("50.00"));
        assertThat(plan.totalFee()).isEqualTo(Money.of("600.00"));
        assertThat(plan.totalCost()).isEqualTo(Money.of("10600.00"));
        assertThat(plan.monthlyRate()).isEqualByComparingTo("0.005");
        // =RATE(12,-883.33,10000) with the last flow 883.37 is 0.90803% a month:
        // x 12 = 10.8963%, (1.0090803)^12 - 1 = 11.4573%. A 6% flat fee costs almost 11% a year.
        assertThat(plan.nominalApr()).isEqualTo(new BigDecimal("0.1090"));
        assertThat(plan.effectiveApr()).isEqualTo(new BigDecimal("0.1146"));
    }

    @Test
    void shouldRoundTheFlatFeeOnceAndLetTheLastInstallmentTakeTheRemainder() {
        // 999.99 at grade D's 0.90% for 6 months: 999.99 x 0.009 x 6 = 53.99946 -> 54.00, 9.00 a
        // month; principal 999.99 / 6 = 166.665 -> 166.67 x 5, last 999.99 - 833.35 = 166.64.
        PlanOffer plan =
                pricing.price(Money.of("999.99"), Grade.D, PricingMethod.FLAT_MONTHLY_FEE, 6, false, MID_MARCH);

        assertThat(plan.installments())
                .extracting(Installment::principal)
                .containsExactly(
                        Money.of("166.67"),
                        Money.of("166.67"),
                        Money.of("166.67"),
                        Money.of("166.67"),
                        Money.of("166.67"),
                        Money.of("166.64"));
        assertThat(plan.installments()).extracting(Installment::fee).containsOnly(Money.of("9.00"));
        assertThat(plan.totalFee()).isEqualTo(Money.of("54.00"));
        // RATE on these flows: 1.5237% a month, nominal 18.2845%, effective 19.8973%
        assertThat(plan.nominalApr()).isEqualTo(new BigDecimal("0.1828"));
        assertThat(plan.effectiveApr()).isEqualTo(new BigDecimal("0.1990"));
    }

    @Test
    void shouldScheduleEqualPrincipalWithInterestOnTheDecliningBalance() {
        // 12,000.00 at 12% a year (grade B) over 12 months: principal 1,000.00 a month; interest 1%
        // of what is still owed: 120.00, 110.00, ... 10.00; in all 780.00. By hand.
        PlanOffer plan =
                pricing.price(Money.of("12000.00"), Grade.B, PricingMethod.EQUAL_PRINCIPAL, 12, false, MID_MARCH);

        assertThat(plan.installments()).extracting(Installment::principal).containsOnly(Money.of("1000.00"));
        assertThat(plan.installments())
                .extracting(Installment::fee)
                .containsExactly(
                        Money.of("120.00"),
                        Money.of("110.00"),
                        Money.of("100.00"),
                        Money.of("90.00"),
                        Money.of("80.00"),
                        Money.of("70.00"),
                        Money.of("60.00"),
                        Money.of("50.00"),
                        Money.of("40.00"),
                        Money.of("30.00"),
                        Money.of("20.00"),
                        Money.of("10.00"));
        assertThat(plan.totalFee()).isEqualTo(Money.of("780.00"));
        // Interest exactly 1% of the balance each month: the IRR is exactly 1%.
        assertThat(plan.nominalApr()).isEqualTo(new BigDecimal("0.1200"));
        assertThat(plan.effectiveApr()).isEqualTo(new BigDecimal("0.1268"));
    }

    @Test
    void shouldKeepDueDatesOnTheCaptureDayClampedToTheEndOfShorterMonths() {
        PlanOffer leapYear = pricing.price(
                Money.of("1200.00"), Grade.A, PricingMethod.FLAT_MONTHLY_FEE, 12, false, LocalDate.of(2024, 1, 31));

        assertThat(leapYear.installments())
                .extracting(Installment::dueDate)
                .containsExactly(
                        LocalDate.of(2024, 2, 29),
                        LocalDate.of(2024, 3, 31),
                        LocalDate.of(2024, 4, 30),
                        LocalDate.of(2024, 5, 31),
                        LocalDate.of(2024, 6, 30),
                        LocalDate.of(2024, 7, 31),
                        LocalDate.of(2024, 8, 31),
                        LocalDate.of(2024, 9, 30),
                        LocalDate.of(2024, 10, 31),
                        LocalDate.of(2024, 11, 30),
                        LocalDate.of(2024, 12, 31),
                        LocalDate.of(2025, 1, 31));

        PlanOffer commonYear = pricing.price(
                Money.of("1200.00"), Grade.A, PricingMethod.EQUAL_INSTALLMENT, 3, false, LocalDate.of(2023, 1, 31));

        assertThat(commonYear.installments())
                .extracting(Installment::dueDate)
                .containsExactly(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 30));
    }

    @Test
    void shouldMakePayInFullDueThirtyDaysAfterCaptureWithoutAnyFee() {
        PlanOffer plan = pricing.price(
                Money.of("2599.00"), Grade.C, PricingMethod.PAY_IN_FULL, 1, false, LocalDate.of(2024, 1, 31));

        assertThat(plan.installments())
                .containsExactly(new Installment(1, LocalDate.of(2024, 3, 1), Money.of("2599.00"), Money.ZERO));
        assertThat(plan.totalFee()).isEqualTo(Money.ZERO);
        assertThat(plan.totalCost()).isEqualTo(Money.of("2599.00"));
        assertThat(plan.nominalApr()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(plan.effectiveApr()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(plan.monthlyRate()).isZero();
    }

    @Test
    void shouldTakePayInFullAsOnePaymentWhenNoCountIsAskedForButNeedTheCountOfAnInstallmentPlan() {
        assertThat(PricingMethod.PAY_IN_FULL.installmentCount(null)).isEqualTo(1);
        assertThat(PricingMethod.PAY_IN_FULL.installmentCount(3))
                .as("a count asked for is priced, and refused there")
                .isEqualTo(3);
        assertThat(PricingMethod.FLAT_MONTHLY_FEE.installmentCount(6)).isEqualTo(6);
        assertThatThrownBy(() -> PricingMethod.EQUAL_INSTALLMENT.installmentCount(null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldQuotePayInFullFirstThenEachTermOnOfferFewestFirst() {
        List<PlanOffer> quote =
                pricing.quote(Money.of("600.00"), Grade.A, PricingMethod.FLAT_MONTHLY_FEE, false, MID_MARCH);

        assertThat(quote)
                .extracting(PlanOffer::method)
                .containsExactly(
                        PricingMethod.PAY_IN_FULL,
                        PricingMethod.FLAT_MONTHLY_FEE,
                        PricingMethod.FLAT_MONTHLY_FEE,
                        PricingMethod.FLAT_MONTHLY_FEE,
                        PricingMethod.FLAT_MONTHLY_FEE);
        assertThat(quote).extracting(PlanOffer::installmentCount).containsExactly(1, 3, 6, 12, 24);
    }

    @Test
    void shouldOfferNo24MonthsUnder600YuanAndNoInstallmentsUnder100() {
        assertThat(pricing.quote(Money.of("599.99"), Grade.A, PricingMethod.EQUAL_PRINCIPAL, false, MID_MARCH))
                .extracting(PlanOffer::installmentCount)
                .containsExactly(1, 3, 6, 12);
        assertThat(pricing.quote(Money.of("99.99"), Grade.A, PricingMethod.EQUAL_PRINCIPAL, false, MID_MARCH))
                .extracting(PlanOffer::installmentCount)
                .containsExactly(1);

        assertThatThrownBy(() -> pricing.price(
                        Money.of("599.99"), Grade.A, PricingMethod.FLAT_MONTHLY_FEE, 24, false, MID_MARCH))
                .isInstanceOf(PlanNotOffered.class)
                .hasMessage("24 installments need an amount of at least 600.00 yuan, not 599.99 yuan.");
        assertThatThrownBy(() ->
                        pricing.price(Money.of("99.99"), Grade.A, PricingMethod.FLAT_MONTHLY_FEE, 3, false, MID_MARCH))
                .isInstanceOf(PlanNotOffered.class)
                .hasMessage("3 installments need an amount of at least 100.00 yuan, not 99.99 yuan.");
    }

    @Test
    void shouldOfferGradeEPayInFullOnly() {
        assertThat(pricing.quote(Money.of("5000.00"), Grade.E, PricingMethod.FLAT_MONTHLY_FEE, false, MID_MARCH))
                .extracting(PlanOffer::method)
                .containsExactly(PricingMethod.PAY_IN_FULL);

        assertThatThrownBy(() -> pricing.price(
                        Money.of("5000.00"), Grade.E, PricingMethod.FLAT_MONTHLY_FEE, 3, false, MID_MARCH))
                .isInstanceOf(PlanNotOffered.class)
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Grade E is offered no installments.");
    }

    @Test
    void shouldRefuseAmountsOutsideWhatCanBeFinanced() {
        assertThat(pricing.quote(Money.yuan(200_000), Grade.A, PricingMethod.FLAT_MONTHLY_FEE, false, MID_MARCH))
                .hasSize(5);
        assertThat(pricing.quote(Money.of("0.01"), Grade.A, PricingMethod.FLAT_MONTHLY_FEE, false, MID_MARCH))
                .hasSize(1);

        assertThatThrownBy(() ->
                        pricing.quote(Money.of("200000.01"), Grade.A, PricingMethod.FLAT_MONTHLY_FEE, false, MID_MARCH))
                .isInstanceOf(PlanNotOffered.class)
                .hasMessage("Amounts from 0.01 yuan to 200,000.00 yuan can be financed, not 200,000.01 yuan.");
        assertThatThrownBy(() -> pricing.price(Money.ZERO, Grade.A, PricingMethod.PAY_IN_FULL, 1, false, MID_MARCH))
                .isInstanceOf(PlanNotOffered.class);
    }

    @Test
    void shouldRefuseCountsNotOnOfferAndPayInFullInSeveralPayments() {
        assertThatThrownBy(() -> pricing.price(
                        Money.of("1000.00"), Grade.A, PricingMethod.FLAT_MONTHLY_FEE, 9, false, MID_MARCH))
                .isInstanceOf(PlanNotOffered.class)
                .hasMessage("9 installments are not offered; the counts on offer are 3, 6, 12, 24.");
        assertThatThrownBy(() -> pricing.price(
                        Money.of("1000.00"), Grade.A, PricingMethod.FLAT_MONTHLY_FEE, 1, false, MID_MARCH))
                .isInstanceOf(PlanNotOffered.class);
        assertThatThrownBy(() ->
                        pricing.price(Money.of("1000.00"), Grade.A, PricingMethod.PAY_IN_FULL, 3, false, MID_MARCH))
                .isInstanceOf(PlanNotOffered.class)
                .hasMessage("Pay in full is one payment, not 3 installments.");
    }

    @Test
    void shouldNeverOfferAPlanWhoseNominalAprIsAboveTheCap() {
        // Grade D at a flat 1.20% a month. By the RATE of each schedule on 10,000.00: 3 months
        // 21.47%, 6 months 24.28%, 12 months 25.60%, 24 months 25.59% nominal; cap 24%.
        Map<Grade, BigDecimal> fees = new EnumMap<>(PricingPolicy.defaults().monthlyFeeRates());
        fees.put(Grade.D, new BigDecimal("0.0120"));
        Pricing expensive = new Pricing(withMonthlyFeeRates(fees));

        assertThat(expensive.quote(Money.of("10000.00"), Grade.D, PricingMethod.FLAT_MONTHLY_FEE, false, MID_MARCH))
                .extracting(PlanOffer::installmentCount)
                .containsExactly(1, 3);
        assertThat(expensive
                        .price(Money.of("10000.00"), Grade.D, PricingMethod.FLAT_MONTHLY_FEE, 3, false, MID_MARCH)
                        .nominalApr())
                .isEqualTo(new BigDecimal("0.2147"));
        assertThatThrownBy(() -> expensive.price(
                        Money.of("10000.00"), Grade.D, PricingMethod.FLAT_MONTHLY_FEE, 6, false, MID_MARCH))
                .isInstanceOf(PlanNotOffered.class)
                .hasMessage("6 installments would cost a nominal APR of 24.28%, above the cap of 24.00%.");
        // The merchant may still subsidise it: 0% for the customer is within any cap.
        assertThat(expensive
                        .price(Money.of("10000.00"), Grade.D, PricingMethod.FLAT_MONTHLY_FEE, 24, true, MID_MARCH)
                        .merchantFee())
                .isEqualTo(Money.of("2880.00"));
    }

    @Test
    void shouldRefuseAPlanAHairAboveTheCapEvenThoughItsAprIsShownAtTheCap() {
        // The spreadsheet case above: RATE x 12 = 12.000114628...%, shown as 12.00%. With the cap
        // at 12% the unrounded figure decides, and the refusal gives enough decimals to be true.
        Pricing capped = new Pricing(withNominalAprCap(new BigDecimal("0.12")));

        assertThatThrownBy(() -> capped.price(
                        Money.of("10000.00"), Grade.B, PricingMethod.EQUAL_INSTALLMENT, 12, false, MID_MARCH))
                .isInstanceOf(PlanNotOffered.class)
                .hasMessage("12 installments would cost a nominal APR of 12.000115%, above the cap of 12.00%.");
        // Equal principal at 12% has an IRR of exactly 1% a month: at the cap, not above it.
        assertThat(capped.price(Money.of("12000.00"), Grade.B, PricingMethod.EQUAL_PRINCIPAL, 12, false, MID_MARCH)
                        .nominalApr())
                .isEqualTo(new BigDecimal("0.1200"));
        // The flat fee case: 10.89635% a year, shown 10.90%, against a cap of 10.896%.
        assertThatThrownBy(() -> new Pricing(withNominalAprCap(new BigDecimal("0.10896")))
                        .price(Money.of("10000.00"), Grade.A, PricingMethod.FLAT_MONTHLY_FEE, 12, false, MID_MARCH))
                .hasMessage("12 installments would cost a nominal APR of 10.90%, above the cap of 10.896%.");
    }

    @Test
    void shouldChargeTheMerchantTheFeesTheCustomerWouldHavePaid() {
        PlanOffer plan =
                pricing.price(Money.of("10000.00"), Grade.A, PricingMethod.FLAT_MONTHLY_FEE, 12, true, MID_MARCH);

        assertThat(plan.merchantSubsidised()).isTrue();
        assertThat(plan.merchantFee()).isEqualTo(Money.of("600.00"));
        assertThat(plan.installments()).extracting(Installment::fee).containsOnly(Money.ZERO);
        assertThat(plan.totalFee()).isEqualTo(Money.ZERO);
        assertThat(plan.totalCost()).isEqualTo(Money.of("10000.00"));
        assertThat(plan.nominalApr()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(plan.effectiveApr()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(plan.monthlyRate()).isZero();
    }

    @Test
    void shouldLetASubsidisedCustomerRepayEqualPartsWhateverTheMethod() {
        // The interest of the spreadsheet case above (661.86) goes to the merchant; the customer
        // repays 10,000 / 12 = 833.33 a month and 833.37 last.
        PlanOffer plan =
                pricing.price(Money.of("10000.00"), Grade.B, PricingMethod.EQUAL_INSTALLMENT, 12, true, MID_MARCH);

        assertThat(plan.merchantFee()).isEqualTo(Money.of("661.86"));
        assertThat(plan.installments().subList(0, 11))
                .extracting(Installment::total)
                .containsOnly(Money.of("833.33"));
        assertThat(plan.installments().getLast().total()).isEqualTo(Money.of("833.37"));
    }

    @Test
    void shouldNameTheRefusalAsARuleViolation() {
        assertThat(new PlanNotOffered("why").code()).isEqualTo("plan-not-offered");
    }

    @Test
    void shouldRefuseAPolicyThatOffersInstallmentsToAGradeWithoutARate() {
        PricingPolicy defaults = PricingPolicy.defaults();
        assertThatThrownBy(() -> new PricingPolicy(
                        defaults.minimumAmount(),
                        defaults.maximumAmount(),
                        defaults.payInFullDays(),
                        defaults.payInFullGrades(),
                        defaults.installmentCounts(),
                        EnumSet.allOf(Grade.class),
                        defaults.minimumInstallmentAmount(),
                        defaults.minimumAmountByCount(),
                        defaults.monthlyFeeRates(),
                        defaults.annualInterestRates(),
                        defaults.nominalAprCap()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("grade E");
    }

    static PricingPolicy withMonthlyFeeRates(Map<Grade, BigDecimal> rates) {
        PricingPolicy d = PricingPolicy.defaults();
        return new PricingPolicy(
                d.minimumAmount(),
                d.maximumAmount(),
                d.payInFullDays(),
                d.payInFullGrades(),
                d.installmentCounts(),
                d.installmentGrades(),
                d.minimumInstallmentAmount(),
                d.minimumAmountByCount(),
                rates,
                d.annualInterestRates(),
                d.nominalAprCap());
    }

    static PricingPolicy withNominalAprCap(BigDecimal cap) {
        PricingPolicy d = PricingPolicy.defaults();
        return new PricingPolicy(
                d.minimumAmount(),
                d.maximumAmount(),
                d.payInFullDays(),
                d.payInFullGrades(),
                d.installmentCounts(),
                d.installmentGrades(),
                d.minimumInstallmentAmount(),
                d.minimumAmountByCount(),
                d.monthlyFeeRates(),
                d.annualInterestRates(),
                cap);
    }

    private static void assertSchedule(PlanOffer plan, String[][] rows) {
        assertThat(plan.installments()).hasSize(rows.length);
        for (int k = 0; k < rows.length; k++) {
            Installment installment = plan.installments().get(k);
            assertThat(installment.number()).isEqualTo(k + 1);
            assertThat(installment.dueDate()).isEqualTo(LocalDate.parse(rows[k][0]));
            assertThat(installment.principal()).as("principal of %d", k + 1).isEqualTo(Money.of(rows[k][1]));
            assertThat(installment.fee()).as("fee of %d", k + 1).isEqualTo(Money.of(rows[k][2]));
        }
    }
}
