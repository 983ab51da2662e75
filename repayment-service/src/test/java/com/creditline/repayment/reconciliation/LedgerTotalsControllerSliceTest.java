package com.creditline.repayment.reconciliation;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.common.id.CustomerId;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import com.creditline.repayment.reconciliation.LedgerTotals.CustomerTotals;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ledger totals' web layer: a peer service's token reads them, a caller's token (even an
 * admin's) never does. The sums are a mock; credit-limit's reconciliation reads the real ones.
 */
@ServiceWebSlice(LedgerTotalsController.class)
class LedgerTotalsControllerSliceTest {

    static final String TOTALS = "/internal/v1/reconciliation/ledger-totals";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    LedgerTotals totals;

    @Test
    void shouldGiveAPeerServiceEachCustomersOutstandingPrincipal() throws Exception {
        when(totals.perCustomer())
                .thenReturn(List.of(new CustomerTotals(CustomerId.of("c-1"), new BigDecimal("1500.00"), 2)));
        mvc.perform(get(TOTALS).header("Authorization", "Bearer " + TestCallers.peerServiceToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].customerId").value("c-1"))
                .andExpect(jsonPath("$[0].outstandingPrincipal").value(1500.00))
                .andExpect(jsonPath("$[0].plans").value(2));
    }

    @Test
    void shouldRefuseACallersTokenAndNoToken() throws Exception {
        mvc.perform(get(TOTALS).header("Authorization", "Bearer " + TestCallers.tokenFor(TestCallers.EVERYTHING)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/forbidden"))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get(TOTALS))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        verifyNoInteractions(totals);
    }
}
