package com.creditline.checkout.reconciliation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reconciliation endpoint's web layer: only a peer service's token reaches it. The totals'
 * query runs on the real database in {@code CheckoutOrdersIT}; here it is a mock.
 */
@ServiceWebSlice(OrderTotalsController.class)
class OrderTotalsControllerSliceTest {

    private static final String TOTALS = "/internal/v1/reconciliation/order-totals";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    JdbcTemplate jdbc;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(get(TOTALS))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        verifyNoInteractions(jdbc);
    }

    @Test
    void shouldRefuseTheShopStaffAndPartners() throws Exception {
        for (Caller caller : List.of(
                Caller.client("shop", List.of("checkout:write", "orders:read")),
                TestCallers.staff("ada", "ADMIN"),
                Caller.partner("travel-co", "key-1", List.of("orders:read")))) {
            mvc.perform(get(TOTALS).header("Authorization", "Bearer " + TestCallers.tokenFor(caller)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/forbidden"))
                    .andExpect(jsonPath("$.status").value(403));
        }
        verifyNoInteractions(jdbc);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldAnswerAPeerServiceTheTotalsPerCustomer() throws Exception {
        when(jdbc.query(anyString(), any(RowMapper.class)))
                .thenReturn(List.of(new OrderTotalsController.CustomerTotals("c-1", new BigDecimal("300.00"), 2)));

        mvc.perform(get(TOTALS).header("Authorization", "Bearer " + TestCallers.peerServiceToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].customerId").value("c-1"))
                .andExpect(jsonPath("$[0].stillHeld").value(300.00))
                .andExpect(jsonPath("$[0].plans").value(2));
    }
}
