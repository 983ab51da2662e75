package com.creditline.checkout.partner;

import static com.creditline.checkout.SliceRequests.as;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.checkout.partner.model.LinkGrant;
import com.creditline.checkout.partner.model.LinkWithdrawal;
import com.creditline.checkout.partner.model.PartnerLink;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The partner-link endpoints' web layer: the shop acting for the customer grants, withdraws and
 * reads links, staff read them, a partner never reaches them; what a request must hold and how a
 * refusal reads. The consents themselves are a mock; their rules are tested in {@code
 * PartnerAccessIT}.
 */
@ServiceWebSlice(PartnerLinkController.class)
class PartnerLinkControllerSliceTest {

    private static final Caller SHOP = Caller.client("shop", List.of("customers:write", "customers:read"));
    private static final Caller PARTNER =
            Caller.partner("travel-co", "key-1", List.of("customers:write", "customers:read"));
    private static final CustomerId CUSTOMER = CustomerId.of("c-1");
    private static final PartnerId TRAVEL_CO = PartnerId.of("travel-co");
    private static final Instant GRANTED = Instant.parse("2026-03-01T10:00:00Z");
    private static final String LINKS = "/api/v1/customers/c-1/partner-links";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PartnerLinking consents;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(get(LINKS))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        verifyNoInteractions(consents);
    }

    @Test
    void shouldNeverLetAPartnerManageOrReadACustomersConsents() throws Exception {
        mvc.perform(as(PARTNER, post(LINKS), grant("travel-co", "pay later")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/forbidden"))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(as(PARTNER, delete(LINKS + "/travel-co"), null)).andExpect(status().isForbidden());
        mvc.perform(as(PARTNER, get(LINKS), null)).andExpect(status().isForbidden());
        verifyNoInteractions(consents);
    }

    @Test
    void shouldRefuseACallerWithoutTheCustomerScopes() throws Exception {
        Caller checkoutOnly = Caller.client("shop", List.of("checkout:write"));
        mvc.perform(as(checkoutOnly, post(LINKS), grant("travel-co", "pay later")))
                .andExpect(status().isForbidden());
        mvc.perform(as(checkoutOnly, get(LINKS), null)).andExpect(status().isForbidden());
        mvc.perform(as(TestCallers.staff("vera", "VIEWER"), post(LINKS), grant("travel-co", "pay later")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(consents);
    }

    @Test
    void shouldAnswerANewLinkWith201AndAnActiveOneAgainWith200() throws Exception {
        PartnerLink link = link("pay later");
        LinkGrant asked = new LinkGrant(CUSTOMER, TRAVEL_CO, "pay later", SHOP.actor());
        when(consents.grant(asked)).thenReturn(new PartnerLinking.Grant(link, true));

        mvc.perform(as(SHOP, post(LINKS), grant("travel-co", "pay later")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.partnerId").value("travel-co"))
                .andExpect(jsonPath("$.purpose").value("pay later"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.grantedBy").value(SHOP.actor()))
                .andExpect(jsonPath("$.withdrawnAt").isEmpty());

        when(consents.grant(asked)).thenReturn(new PartnerLinking.Grant(link, false));
        mvc.perform(as(SHOP, post(LINKS), grant("travel-co", "pay later")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partnerId").value("travel-co"));
    }

    @Test
    void shouldAnswerACustomerWithoutALineWithA404Problem() throws Exception {
        when(consents.grant(new LinkGrant(CUSTOMER, TRAVEL_CO, "pay later", SHOP.actor())))
                .thenThrow(new com.creditline.checkout.customer.CustomerProfiles.NoCreditLine());

        mvc.perform(as(SHOP, post(LINKS), grant("travel-co", "pay later")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/no-credit-line"))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("The customer has no approved credit line."));
    }

    @Test
    void shouldNameTheInvalidFieldsOfAGrant() throws Exception {
        mvc.perform(as(SHOP, post(LINKS), grant("travel co!", " ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/invalid-request"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("The request has invalid fields."))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'partnerId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'purpose')].message").value("must not be blank"));
        verifyNoInteractions(consents);
    }

    @Test
    void shouldWithdrawWith204AndAnswerALinkNeverGrantedWithA404Problem() throws Exception {
        mvc.perform(as(SHOP, delete(LINKS + "/travel-co").param("reason", "moved away"), null))
                .andExpect(status().isNoContent());
        verify(consents).withdraw(new LinkWithdrawal(CUSTOMER, TRAVEL_CO, SHOP.actor(), "moved away"));

        doThrow(new PartnerLinkNotFound())
                .when(consents)
                .withdraw(new LinkWithdrawal(CUSTOMER, PartnerId.of("other"), SHOP.actor(), null));
        mvc.perform(as(SHOP, delete(LINKS + "/other"), null))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/partner-link-not-found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("The customer never linked their credit line to that partner."));
    }

    @Test
    void shouldRefuseAWithdrawalReasonOver200Characters() throws Exception {
        mvc.perform(as(SHOP, delete(LINKS + "/travel-co").param("reason", "x".repeat(201)), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/invalid-request"))
                .andExpect(jsonPath("$.detail").value("The request has invalid values."))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        verifyNoInteractions(consents);
    }

    @Test
    void shouldShowStaffTheHistoryNewestFirst() throws Exception {
        PartnerLink withdrawn = link("pay later");
        withdrawn.withdraw("client:shop", "moved away", GRANTED.plusSeconds(60));
        when(consents.history(CUSTOMER)).thenReturn(List.of(link("pay again"), withdrawn));

        mvc.perform(as(TestCallers.staff("vera", "VIEWER"), get(LINKS), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].purpose").value("pay again"))
                .andExpect(jsonPath("$[0].active").value(true))
                .andExpect(jsonPath("$[1].active").value(false))
                .andExpect(jsonPath("$[1].withdrawnBy").value("client:shop"))
                .andExpect(jsonPath("$[1].withdrawalReason").value("moved away"));
    }

    private static PartnerLink link(String purpose) {
        return PartnerLink.granted(new LinkGrant(CUSTOMER, TRAVEL_CO, purpose, SHOP.actor()), GRANTED);
    }

    private static String grant(String partnerId, String purpose) {
        return "{\"partnerId\":\"%s\",\"purpose\":\"%s\"}".formatted(partnerId, purpose);
    }
}
