package com.creditline.checkout.webhook;

import static com.creditline.checkout.SliceRequests.as;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.checkout.webhook.model.EndpointSetting;
import com.creditline.checkout.webhook.model.PartnerWebhook;
import com.creditline.checkout.webhook.model.WebhookDelivery;
import com.creditline.checkout.webhook.model.WebhookEventType;
import com.creditline.common.id.PartnerId;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The partner-webhook endpoints' web layer: only an admin sets an endpoint (and sees its secret,
 * once, never cached), staff read it and its deliveries; what a request must hold and how a
 * refusal reads. The administration is a mock; delivery is tested in {@code PartnerWebhooksIT}.
 */
@ServiceWebSlice(PartnerWebhookController.class)
class PartnerWebhookControllerSliceTest {

    private static final Caller ADMIN = TestCallers.staff("ada", "ADMIN");
    private static final Caller VIEWER = TestCallers.staff("vera", "VIEWER");
    private static final PartnerId TRAVEL_CO = PartnerId.of("travel-co");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String WEBHOOK = "/api/v1/admin/partner-webhooks/travel-co";
    private static final String URL = "https://travel.example.com/hooks";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    WebhookAdministration endpoints;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(get(WEBHOOK))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        verifyNoInteractions(endpoints);
    }

    @Test
    void shouldLetOnlyAnAdminSetAnEndpoint() throws Exception {
        mvc.perform(as(VIEWER, put(WEBHOOK), endpoint(URL)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/forbidden"))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(as(Caller.partner("travel-co", "key-1", List.of("checkout:write")), put(WEBHOOK), endpoint(URL)))
                .andExpect(status().isForbidden());
        mvc.perform(as(Caller.client("shop", List.of("checkout:write")), get(WEBHOOK), null))
                .andExpect(status().isForbidden());
        verifyNoInteractions(endpoints);
    }

    @Test
    void shouldShowTheSecretOnceUncachedWith201ForANewEndpointAnd200ForARotation() throws Exception {
        PartnerWebhook webhook = configured();
        when(endpoints.now()).thenReturn(NOW);
        when(endpoints.configure(TRAVEL_CO, URL, ADMIN.actor()))
                .thenReturn(new WebhookAdministration.Issued(webhook, "s3cret", true));

        mvc.perform(as(ADMIN, put(WEBHOOK), endpoint(URL)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(jsonPath("$.partnerId").value("travel-co"))
                .andExpect(jsonPath("$.url").value(URL))
                .andExpect(jsonPath("$.secret").value("s3cret"))
                .andExpect(jsonPath("$.previousSecretValidUntil").isEmpty());

        when(endpoints.configure(TRAVEL_CO, URL, ADMIN.actor()))
                .thenReturn(new WebhookAdministration.Issued(webhook, "s3cret", false));
        mvc.perform(as(ADMIN, put(WEBHOOK), endpoint(URL))).andExpect(status().isOk());
    }

    @Test
    void shouldAnswerARefusedUrlWithA422Problem() throws Exception {
        when(endpoints.configure(TRAVEL_CO, "http://plain.example.com", ADMIN.actor()))
                .thenThrow(new WebhookUrlRefused("it must be an https URL"));

        mvc.perform(as(ADMIN, put(WEBHOOK), endpoint("http://plain.example.com")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/webhook-url-refused"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail").value("The webhook URL is refused: it must be an https URL"));
    }

    @Test
    void shouldRefuseABlankUrlAndAPartnerIdNotInTheFormat() throws Exception {
        // The path's pattern makes Spring validate the whole method: the body's error is named
        // after the parameter ("request"), as the API has always answered it.
        mvc.perform(as(ADMIN, put(WEBHOOK), "{\"url\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/invalid-request"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("The request has invalid values."))
                .andExpect(jsonPath("$.errors[0].field").value("request"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
        mvc.perform(as(VIEWER, get("/api/v1/admin/partner-webhooks/" + "p".repeat(65)), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request has invalid values."))
                .andExpect(jsonPath("$.errors[0].field").value("partnerId"));
        verifyNoInteractions(endpoints);
    }

    @Test
    void shouldShowStaffTheEndpointWithoutItsSecretAndA404ProblemForNone() throws Exception {
        PartnerWebhook webhook = configured();
        when(endpoints.now()).thenReturn(NOW);
        when(endpoints.webhook(TRAVEL_CO)).thenReturn(webhook);
        when(endpoints.health(TRAVEL_CO)).thenReturn(new WebhookAdministration.Health(2, 1, 0, null));

        mvc.perform(as(VIEWER, get(WEBHOOK), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partnerId").value("travel-co"))
                .andExpect(jsonPath("$.status").value("RETRYING"))
                .andExpect(jsonPath("$.pendingDeliveries").value(2))
                .andExpect(jsonPath("$.retryingDeliveries").value(1))
                .andExpect(jsonPath("$.configuredBy").value("staff:ada"))
                .andExpect(jsonPath("$.secret").doesNotExist());

        when(endpoints.webhook(PartnerId.of("nobody"))).thenThrow(new PartnerWebhookNotFound());
        mvc.perform(as(VIEWER, get("/api/v1/admin/partner-webhooks/nobody"), null))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/partner-webhook-not-found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("The partner has no webhook endpoint."));
    }

    @Test
    void shouldListEveryEndpointWithItsLatestDeliveriesButNoSecret() throws Exception {
        PartnerWebhook webhook = configured();
        WebhookDelivery delivery =
                WebhookDelivery.pending(UUID.randomUUID(), TRAVEL_CO, WebhookEventType.ORDER_CAPTURED, "{}", NOW);
        when(endpoints.now()).thenReturn(NOW);
        when(endpoints.webhooks()).thenReturn(List.of(webhook));
        when(endpoints.health(TRAVEL_CO)).thenReturn(new WebhookAdministration.Health(1, 0, 0, null));
        when(endpoints.deliveries(TRAVEL_CO, null, 3)).thenReturn(List.of(delivery));

        mvc.perform(as(VIEWER, get("/api/v1/admin/partner-webhooks").param("deliveries", "3"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].webhook.partnerId").value("travel-co"))
                .andExpect(jsonPath("$[0].webhook.url").value(URL))
                .andExpect(jsonPath("$[0].webhook.pendingDeliveries").value(1))
                .andExpect(jsonPath("$[0].latestDeliveries[0].type").value("order.captured"))
                .andExpect(jsonPath("$[0].latestDeliveries[0].status").value("PENDING"))
                .andExpect(jsonPath("$..secret").isEmpty());
        mvc.perform(as(VIEWER, get("/api/v1/admin/partner-webhooks").param("deliveries", "51"), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deliveries"));
        mvc.perform(as(
                        Caller.partner("travel-co", "key-1", List.of("orders:read")),
                        get("/api/v1/admin/partner-webhooks"),
                        null))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldListDeliveriesWithTheirTypeAsPartnersReadIt() throws Exception {
        WebhookDelivery delivery =
                WebhookDelivery.pending(UUID.randomUUID(), TRAVEL_CO, WebhookEventType.ORDER_CAPTURED, "{}", NOW);
        when(endpoints.deliveries(TRAVEL_CO, WebhookDelivery.Status.PENDING, 10))
                .thenReturn(List.of(delivery));

        mvc.perform(as(
                        VIEWER,
                        get(WEBHOOK + "/deliveries").param("status", "PENDING").param("limit", "10"),
                        null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].type").value("order.captured"))
                .andExpect(jsonPath("$[0].status").value("PENDING"))
                .andExpect(jsonPath("$[0].attempts").value(0));
        mvc.perform(as(VIEWER, get(WEBHOOK + "/deliveries").param("limit", "0"), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    /** The endpoint as an admin set it, with its secret. */
    private static PartnerWebhook configured() {
        return PartnerWebhook.configured(TRAVEL_CO, new EndpointSetting(URL, "s3cret", "staff:ada"), NOW);
    }

    private static String endpoint(String url) {
        return "{\"url\":\"%s\"}".formatted(url);
    }
}
