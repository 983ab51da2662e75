package com.creditline.checkout;

import com.creditline.checkout.pricing.Pricing;
import com.creditline.checkout.pricing.PricingPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pricing engine with the product's default policy (docs/pricing.md). */
@Configuration(proxyBeanMethods = false)
class PricingConfiguration {

    @Bean
    Pricing pricing() {
        return new Pricing(PricingPolicy.defaults());
    }
}
