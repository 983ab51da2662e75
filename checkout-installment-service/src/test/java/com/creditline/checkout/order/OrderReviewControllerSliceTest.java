package com.creditline.checkout.order;

import static com.creditline.checkout.SliceRequests.as;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.order.model.OrderFixtures;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;
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
 * The review endpoints' web layer: the queue for staff, the customer masked, a bounded page; the
 * decision for credit officers only, with a reason.
 */
@ServiceWebSlice(OrderReviewController.class)
class OrderReviewControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrderReview review;

    @MockitoBean
    OrderReading reading;

    private static FinancedOrder order(String orderId) {
        return OrderFixtures.authorised(
                orderId, null, Money.of("500.00"), List.of("SHARED_DEVICE"), Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void shouldShowStaffTheWaitingOrdersWithTheCustomerMasked() throws Exception {
        var waiting = OrderFixtures.authorised(
                "o-1", null, Money.of("800.00"), List.of("SHARED_DEVICE"), Instant.parse("2026-11-30T09:00:00Z"));
        when(review.queue(10)).thenReturn(new OrderReview.Queue(List.of(waiting), 3));

        mvc.perform(as(TestCallers.staff("vera", "VIEWER"), get("/api/v1/admin/orders/reviews?limit=10"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.waiting").value(3))
                .andExpect(jsonPath("$.orders[0].orderId").value("o-1"))
                .andExpect(jsonPath("$.orders[0].customer").value("****"))
                .andExpect(jsonPath("$.orders[0].reasons[0]").value("SHARED_DEVICE"))
                .andExpect(jsonPath("$.orders[0].amount.amount").value("800.00"));
    }

    @Test
    void shouldRefuseTheShopAndAnUnboundedPage() throws Exception {
        Caller shop = Caller.client("shop", List.of("checkout:write", "orders:read"));
        mvc.perform(as(shop, get("/api/v1/admin/orders/reviews"), null)).andExpect(status().isForbidden());
        mvc.perform(as(
                        TestCallers.staff("olga", "CREDIT_OFFICER"),
                        get("/api/v1/admin/orders/reviews?limit=500"),
                        null))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(review);
    }

    @Test
    void shouldLetOnlyACreditOfficerOrAnAdminDecideAReviewWithAReason() throws Exception {
        String decision = "{\"approve\":true,\"reason\":\"customer confirmed by phone\"}";
        mvc.perform(as(TestCallers.staff("vera", "VIEWER"), post("/api/v1/admin/orders/o-1/review"), decision))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        Caller shop = Caller.client("shop", List.of("checkout:write", "orders:read"));
        mvc.perform(as(shop, post("/api/v1/admin/orders/o-1/review"), decision)).andExpect(status().isForbidden());
        verifyNoInteractions(review);

        Caller olga = TestCallers.staff("olga", "CREDIT_OFFICER");
        mvc.perform(as(olga, post("/api/v1/admin/orders/o-1/review"), "{\"approve\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        verifyNoInteractions(review);

        when(review.decide(new OrderReview.DecidingReview(
                        OrderId.of("o-1"), true, "staff:olga", "customer confirmed by phone")))
                .thenReturn(order("o-1"));
        mvc.perform(as(olga, post("/api/v1/admin/orders/o-1/review"), decision))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value("o-1"));
    }
}
