package com.creditline.checkout.quote;

import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.checkout.customer.CustomerProfile;
import com.creditline.checkout.customer.CustomerProfiles;
import com.creditline.checkout.merchant.MerchantTerms;
import com.creditline.checkout.partner.PartnerLinking;
import com.creditline.checkout.pricing.Grade;
import com.creditline.checkout.pricing.Pricing;
import com.creditline.checkout.pricing.PricingPolicy;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import com.creditline.common.time.BusinessClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The quote endpoint's web layer: who may ask, what a request must hold, what the shop and a
 * partner each see, and how a refusal reads. Pricing is the real engine with the default policy
 * (plain Java, no I/O); the customer's profile and links are mocks.
 */
@ServiceWebSlice(QuoteController.class)
class QuoteControllerSliceTest {

    private static final Caller SHOP = Caller.client("shop", List.of("checkout:write"));
    private static final Caller PARTNER = Caller.partner("travel-co", "key-1", List.of("checkout:write"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @TestConfiguration
    static class RealPricing {
        @Bean
        Pricing pricing() {
            return new Pricing(PricingPolicy.defaults());
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CustomerProfiles profiles;

    @MockitoBean
    PartnerLinking consents;

    @MockitoBean
    MerchantTerms merchants;

    @MockitoBean
    BusinessClock clock;

    @BeforeEach
    void aCustomerGradedB() {
        CustomerProfile profile = mock(CustomerProfile.class);
        when(profile.grade()).thenReturn(Grade.B);
        when(profiles.require(CustomerId.of("c-1"))).thenReturn(profile);
        when(profiles.require(CustomerId.of("c-none"))).thenThrow(new CustomerProfiles.NoCreditLine());
        when(clock.businessDate()).thenReturn(TODAY);
        when(clock.now()).thenReturn(Instant.parse("2026-03-01T02:00:00Z"));
    }

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(post("/api/v1/quotes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(quote("c-1", "1200.00")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        verifyNoInteractions(profiles);
    }

    @Test
    void shouldRefuseACallerWithoutTheCheckoutScope() throws Exception {
        quoteAs(Caller.client("shop", List.of("orders:read")), quote("c-1", "1200.00"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/forbidden"))
                .andExpect(jsonPath("$.status").value(403));
        quoteAs(TestCallers.staff("vera", "VIEWER"), quote("c-1", "1200.00")).andExpect(status().isForbidden());
        verifyNoInteractions(profiles);
    }

    @Test
    void shouldQuoteTheShopEveryOfferWithTheAprFirstAndTheMonthlyRate() throws Exception {
        quoteAs(SHOP, quote("c-1", "1200.00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerId").value("c-1"))
                .andExpect(jsonPath("$.businessDate").value("2026-03-01"))
                .andExpect(jsonPath("$.amount.amount").value("1200.00"))
                .andExpect(jsonPath("$.offers[0].method").value("PAY_IN_FULL"))
                .andExpect(jsonPath("$.offers[0].installmentCount").value(1))
                .andExpect(jsonPath("$.offers[*].installmentCount", Matchers.hasItems(3, 6, 12, 24)))
                .andExpect(jsonPath("$.offers[1].annualPercentageRate.nominal").isString())
                .andExpect(jsonPath("$.offers[1].details.monthlyRate").isString());
    }

    @Test
    void shouldQuoteALinkedPartnerTheOffersWithoutTheCustomerOrTheMonthlyRate() throws Exception {
        quoteAs(PARTNER, quote("c-1", "1200.00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerId").doesNotExist())
                .andExpect(
                        jsonPath("$.offers[1].annualPercentageRate.effective").isString())
                .andExpect(jsonPath("$.offers[1].merchantFee.amount").isString())
                .andExpect(jsonPath("$.offers[1].details").doesNotExist());
    }

    @Test
    void shouldAnswerAPartnerAboutACustomerNotLinkedToItAsAboutOneWithoutALine() throws Exception {
        doThrow(new CustomerProfiles.NoCreditLine())
                .when(consents)
                .requireLinked(CustomerId.of("c-1"), PartnerId.of("travel-co"));

        quoteAs(PARTNER, quote("c-1", "1200.00"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/no-credit-line"))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("The customer has no approved credit line."));
        quoteAs(SHOP, quote("c-none", "1200.00"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/no-credit-line"));
    }

    @Test
    void shouldRefuseAnAmountThatCannotBeFinancedWithA422Problem() throws Exception {
        quoteAs(SHOP, quote("c-1", "200000.01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/plan-not-offered"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail", Matchers.startsWith("Amounts from ")));
    }

    @Test
    void shouldNameTheMissingFieldsOfARequest() throws Exception {
        quoteAs(SHOP, "{\"amount\":{\"amount\":\"1200.00\",\"currency\":\"CNY\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/invalid-request"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("The request has invalid fields."))
                .andExpect(jsonPath("$.errors[0].field").value("customerId"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be null"));
        verifyNoInteractions(profiles, consents);
    }

    @Test
    void shouldRefuseACustomerIdNotInTheFormatAsAMalformedRequest() throws Exception {
        quoteAs(SHOP, quote("c 1", "1200.00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/malformed-request"))
                .andExpect(jsonPath("$.status").value(400));
        verifyNoInteractions(profiles);
    }

    private ResultActions quoteAs(Caller caller, String body) throws Exception {
        return mvc.perform(post("/api/v1/quotes")
                .header("Authorization", "Bearer " + TestCallers.tokenFor(caller))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String quote(String customerId, String amount) {
        return "{\"customerId\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"CNY\"}}"
                .formatted(customerId, amount);
    }
}
