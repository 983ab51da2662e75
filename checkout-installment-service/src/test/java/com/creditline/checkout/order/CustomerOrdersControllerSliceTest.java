package com.creditline.checkout.order;

import static com.creditline.checkout.SliceRequests.as;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.checkout.order.model.OrderFixtures;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Listing a customer's orders, the web layer alone: who may list, the default and bounded limit,
 * and how a bad request reads. {@link CheckoutOrdersIT} lists real orders on PostgreSQL.
 */
@ServiceWebSlice(CustomerOrdersController.class)
class CustomerOrdersControllerSliceTest {

    private static final Caller VIEWER = TestCallers.staff("vera", "VIEWER");
    private static final CustomerId CUSTOMER = CustomerId.of("c-1");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrderReading reading;

    @Test
    void shouldListTheOrdersToTheShopAndStaffWithTwentyUnlessAskedAndNeverToAPartner() throws Exception {
        OrderView order = OrderView.of(
                OrderFixtures.authorised(
                        "o-1", null, Money.of("500.00"), List.of("LOW_RISK"), Instant.parse("2026-03-01T10:00:00Z")),
                List.of());
        when(reading.customerOrders(CUSTOMER, 20)).thenReturn(List.of(order));
        for (Caller allowed : List.of(VIEWER, Caller.client("shop", List.of("customers:read")))) {
            mvc.perform(as(allowed, get("/api/v1/orders").param("customerId", "c-1"), null))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(1))
                    .andExpect(jsonPath("$[0].orderId").value("o-1"))
                    .andExpect(jsonPath("$[0].status").value("AUTHORISED"))
                    .andExpect(jsonPath("$[0].amount.amount").value("500.00"))
                    .andExpect(jsonPath("$[0].stillHeld.amount").value("500.00"));
        }
        when(reading.customerOrders(CUSTOMER, 100)).thenReturn(List.of());
        mvc.perform(as(VIEWER, get("/api/v1/orders").param("customerId", "c-1").param("limit", "100"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(
                        Caller.partner("travel-co", "key-1", List.of("checkout:write", "orders:read")),
                        get("/api/v1/orders").param("customerId", "c-1"),
                        null))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/forbidden"));
    }

    @Test
    void shouldRefuseAListWithoutCustomerOrWithALimitOutOfBoundsAsA400Problem() throws Exception {
        for (String limit : List.of("0", "101", "many")) {
            mvc.perform(as(
                            VIEWER,
                            get("/api/v1/orders").param("customerId", "c-1").param("limit", limit),
                            null))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(as(VIEWER, get("/api/v1/orders"), null)).andExpect(status().isBadRequest());
        verifyNoInteractions(reading);
    }
}
