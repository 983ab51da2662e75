package com.creditline.creditlimit.reconciliation;

import static com.creditline.creditlimit.WebSliceRequests.as;
import static com.creditline.creditlimit.WebSliceRequests.forbidden;
import static com.creditline.creditlimit.WebSliceRequests.unauthorized;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.common.id.CustomerId;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reconciliation report on the web: for staff only (a shop is refused), and each difference as the report's
 * reader sees it. The comparison is tested in {@link ReconciliationTest}, the peers' token in
 * {@link ReconcilerPeerTokenIT}.
 */
@ServiceWebSlice(ReconciliationController.class)
class ReconciliationControllerSliceTest {

    static final String RECONCILIATION = "/api/v1/admin/reconciliation";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Reconciler reconciler;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(get(RECONCILIATION)).andExpect(unauthorized());
        verifyNoInteractions(reconciler);
    }

    @Test
    void shouldLetOnlyStaffRunIt() throws Exception {
        mvc.perform(as(Caller.client("shop", List.of("customers:read")), get(RECONCILIATION)))
                .andExpect(forbidden());
        verifyNoInteractions(reconciler);
    }

    @Test
    void shouldReportEachDifferenceWithItsCheckAndLikelyCause() throws Exception {
        CustomerId customer = CustomerId.of("c-1");
        when(reconciler.run())
                .thenReturn(new Reconciler.Report(
                        Instant.parse("2026-11-01T02:00:00Z"),
                        1,
                        Reconciliation.compare(
                                Map.of(customer, new Reconciliation.Line(new BigDecimal("1100.00"), BigDecimal.ZERO)),
                                Map.of(customer, new Reconciliation.Ledger(new BigDecimal("900.00"), 2)),
                                Map.of(customer, new Reconciliation.Orders(BigDecimal.ZERO, 2)))));

        mvc.perform(as(TestCallers.staff("ada", "ADMIN"), get(RECONCILIATION)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checkedAt").value("2026-11-01T02:00:00Z"))
                .andExpect(jsonPath("$.customers").value(1))
                .andExpect(jsonPath("$.differences.length()").value(1))
                .andExpect(jsonPath("$.differences[0].customerId").value("c-1"))
                .andExpect(jsonPath("$.differences[0].check").value("OUTSTANDING"))
                .andExpect(jsonPath("$.differences[0].line").value(1100.00))
                .andExpect(jsonPath("$.differences[0].other").value(900.00))
                .andExpect(jsonPath("$.differences[0].difference").value(200.00))
                .andExpect(jsonPath("$.differences[0].cause")
                        .value(org.hamcrest.Matchers.containsString("PrincipalReduced")));
    }
}
