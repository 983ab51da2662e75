package com.creditline.checkout.order;

import static com.creditline.checkout.SliceRequests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.checkout.fraud.ShippingAddress;
import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.order.model.OrderFixtures;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The order endpoints' web layer alone: who may call what, what a request must hold, how a
 * refusal reads and what each kind of caller sees. The use cases are mocks; their rules are
 * tested on real infrastructure in {@link CheckoutOrdersIT} and {@link PartnerAccessIT}.
 */
@ServiceWebSlice(OrderController.class)
class OrderControllerSliceTest {

    private static final Caller SHOP = Caller.client("shop", List.of("checkout:write", "orders:read"));
    private static final Caller PARTNER =
            Caller.partner("travel-co", "key-1", List.of("checkout:write", "orders:read"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrderAuthorisation authorisation;

    @MockitoBean
    OrderCapture capture;

    @MockitoBean
    OrderVoiding voiding;

    @MockitoBean
    OrderRefunding refunding;

    @MockitoBean
    OrderReading reading;

    @MockitoBean
    AuthorisationMeters meters;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(get("/api/v1/orders/o-1"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        verifyNoInteractions(reading);
    }

    @Test
    void shouldScreenTheShippingAddressByItsFingerprintAndNeverAnswerIt() throws Exception {
        String address = "88 Nanjing Road, Shanghai";
        when(authorisation.authorise(any(), any(), any()))
                .thenReturn(new OrderAuthorisation.Outcome(order("o-1", null), true));
        when(reading.plansOf(any())).thenReturn(List.of());

        mvc.perform(as(
                        SHOP,
                        post("/api/v1/orders/o-1/authorisation"),
                        "{\"customerId\":\"c-1\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"CNY\"},"
                                + "\"shippingAddress\":\"" + address + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(content().string(not(containsString("Nanjing"))));
        verify(authorisation)
                .authorise(any(), isNull(), eq(new ShippingAddress(" 88 NANJING road,  Shanghai").fingerprint()));
    }

    @Test
    void shouldRefuseACallerWithoutTheCheckoutScopeToAuthorise() throws Exception {
        Caller readOnly = Caller.client("shop", List.of("orders:read"));
        mvc.perform(as(readOnly, post("/api/v1/orders/o-1/authorisation"), authorise("100.00")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(authorisation);
    }

    @Test
    void shouldRequireTheInstallmentCountOfAnInstallmentPlanButNotOfPayInFull() throws Exception {
        mvc.perform(as(
                        SHOP,
                        post("/api/v1/orders/o-1/captures"),
                        "{\"captureId\":\"c1\",\"amount\":{\"amount\":\"200.00\",\"currency\":\"CNY\"},"
                                + "\"method\":\"FLAT_MONTHLY_FEE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("installmentCount"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be null"));
        verifyNoInteractions(capture);

        when(reading.get(OrderId.of("o-1"), null)).thenReturn(order("o-1", null));
        mvc.perform(as(
                        SHOP,
                        post("/api/v1/orders/o-1/captures"),
                        "{\"captureId\":\"c1\",\"amount\":{\"amount\":\"200.00\",\"currency\":\"CNY\"},"
                                + "\"method\":\"PAY_IN_FULL\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void shouldRefuseAnAmountThatIsNotPositiveAndAnUnknownField() throws Exception {
        mvc.perform(as(SHOP, post("/api/v1/orders/o-1/authorisation"), authorise("0.00")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("the amount must be positive"));
        mvc.perform(as(
                        SHOP,
                        post("/api/v1/orders/o-1/refunds"),
                        "{\"refundId\":\"r1\",\"amount\":{\"amount\":\"1.00\"},\"extra\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        verifyNoInteractions(authorisation, refunding);
    }

    @Test
    void shouldAnswerAnUnknownOrderWithA404Problem() throws Exception {
        when(reading.get(OrderId.of("o-404"), null)).thenThrow(new OrderNotFound());
        mvc.perform(as(SHOP, get("/api/v1/orders/o-404"), null))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("No order has that id."));
    }

    @Test
    void shouldAnswerAnOrderIdNotInTheFormatOfAnIdAsNoOrder() throws Exception {
        mvc.perform(as(SHOP, get("/api/v1/orders/" + "o".repeat(65)), null))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/order-not-found"))
                .andExpect(jsonPath("$.detail").value("No order has that id."));
        verifyNoInteractions(reading);
    }

    @Test
    void shouldAnswerAReusedIdWithA409AndARefusedTransitionWithA422Problem() throws Exception {
        when(authorisation.authorise(any(), any(), any())).thenThrow(new OrderConflict());
        mvc.perform(as(SHOP, post("/api/v1/orders/o-1/authorisation"), authorise("100.00")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/order-conflict"))
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(
                        jsonPath("$.detail").value("This order id was already used for another customer or amount."));

        when(voiding.voidOrder(OrderId.of("o-1"), null)).thenAnswer(call -> {
            FinancedOrder voided = order("o-1", null);
            voided.voidRemaining();
            voided.voidRemaining();
            return voided;
        });
        mvc.perform(as(SHOP, post("/api/v1/orders/o-1/void"), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/order-not-voidable"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail").value("The order has nothing left to void in its status: VOIDED"));
    }

    @Test
    void shouldShowTheShopTheWholeOrderAndAPartnerOnlyTheApproval() throws Exception {
        when(reading.get(OrderId.of("o-1"), null)).thenReturn(order("o-1", null));
        when(reading.get(eq(OrderId.of("o-1")), eq(PartnerId.of("travel-co")))).thenReturn(order("o-1", "travel-co"));
        when(reading.plansOf(any())).thenReturn(List.of());

        mvc.perform(as(SHOP, get("/api/v1/orders/o-1"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerId").value("c-1"))
                .andExpect(jsonPath("$.reasons[0]").value("LOW_RISK"))
                .andExpect(jsonPath("$.amount.amount").value("500.00"))
                .andExpect(jsonPath("$.amount.currency").value("CNY"))
                .andExpect(jsonPath("$.stillHeld.amount").value("500.00"));
        mvc.perform(as(PARTNER, get("/api/v1/orders/o-1"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AUTHORISED"))
                .andExpect(jsonPath("$.customerId").doesNotExist())
                .andExpect(jsonPath("$.reasons").doesNotExist());
    }

    private static FinancedOrder order(String orderId, String partnerId) {
        return OrderFixtures.authorised(
                orderId, partnerId, Money.of("500.00"), List.of("LOW_RISK"), Instant.parse("2026-03-01T10:00:00Z"));
    }

    private static String authorise(String amount) {
        return "{\"customerId\":\"c-1\",\"amount\":{\"amount\":\"%s\",\"currency\":\"CNY\"}}".formatted(amount);
    }
}
