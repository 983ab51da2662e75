package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.CashEligibility;
import com.creditline.checkout.cash.model.CashPricing;
import com.creditline.checkout.cash.model.CashTerms;
import com.creditline.checkout.cash.model.MerchantLoanEligibility;
import com.creditline.checkout.cash.model.MerchantLoanPricing;
import com.creditline.checkout.cash.model.MerchantLoanTerms;
import com.creditline.checkout.cash.model.PersonalDataSeal;
import com.creditline.checkout.pricing.Pricing;
import com.creditline.common.money.Money;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cash draws' and merchant draws' rules with their configured terms: the APR cap is the pricing policy's, one cap for
 * every product. The personal-data key comes from {@code creditline.personal-data.key} (base64 of
 * 32 bytes); application.yml holds a development key that production must override.
 */
@Configuration(proxyBeanMethods = false)
class CashConfiguration {

    @Bean
    CashTerms cashTerms(CashProperties properties, Pricing pricing) {
        return new CashTerms(
                Money.of(properties.minimumAmount()),
                properties.installmentCounts(),
                properties.dailyRates(),
                properties.minimumMonthsOnBook(),
                pricing.policy().nominalAprCap());
    }

    @Bean
    CashPricing cashPricing(CashTerms terms) {
        return new CashPricing(terms);
    }

    @Bean
    CashEligibility cashEligibility(CashTerms terms) {
        return new CashEligibility(terms);
    }

    /** A merchant line's own grade prices it: no months on book, the cap as for every product. */
    @Bean
    MerchantLoanTerms merchantLoanTerms(MerchantLoanProperties properties, Pricing pricing) {
        return new MerchantLoanTerms(
                new CashTerms(
                        Money.of(properties.minimumAmount()),
                        properties.installmentCounts(),
                        properties.dailyRates(),
                        0,
                        pricing.policy().nominalAprCap()),
                properties.minimumSweepShare(),
                properties.maximumSweepShare());
    }

    @Bean
    MerchantLoanPricing merchantLoanPricing(MerchantLoanTerms terms) {
        return new MerchantLoanPricing(terms);
    }

    @Bean
    MerchantLoanEligibility merchantLoanEligibility(MerchantLoanTerms terms) {
        return new MerchantLoanEligibility(terms);
    }

    @Bean
    PersonalDataSeal personalDataSeal(@Value("${creditline.personal-data.key}") String key) {
        return new PersonalDataSeal(Base64.getDecoder().decode(key.strip()));
    }
}
