package com.creditline.repayment.plan;

import static com.creditline.repayment.CallerRequests.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import com.creditline.repayment.plan.model.Booking;
import com.creditline.repayment.plan.model.LedgerEntry;
import com.creditline.repayment.plan.model.LedgerKind;
import com.creditline.repayment.plan.model.OpenPlans;
import com.creditline.repayment.plan.model.Plan;
import com.creditline.repayment.plan.model.Posting;
import com.creditline.repayment.plan.model.PricingMethod;
import com.creditline.repayment.plan.model.ScheduleLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The plan endpoints' web layer: who may read plans (the shop and staff, never a partner), what a
 * plan, a customer's plans and a ledger look like as JSON, and how a bad or unknown id reads. The
 * reading is a mock; {@code RepaymentJourneyIT} reads plans that arrived through Kafka.
 */
@ServiceWebSlice(PlanController.class)
class PlanControllerSliceTest {

    static final UUID PLAN = UUID.fromString("0b6f3c1e-5d7a-4c1b-9a55-3f2d8e1c7a90");
    static final LocalDate CAPTURED = LocalDate.of(2026, 1, 15);
    static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    static final Caller SHOP = Caller.client("shop", List.of("customers:read"));
    static final Caller PARTNER = Caller.partner("travel-co", "key-1", List.of("checkout:write", "orders:read"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PlanReading reading;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(get("/api/v1/plans/{id}", PLAN))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        verifyNoInteractions(reading);
    }

    @Test
    void shouldLetTheShopAndStaffReadPlansButNeverAPartner() throws Exception {
        when(reading.customerPlans(CustomerId.of("c-1"))).thenReturn(List.of(view()));
        for (Caller allowed :
                List.of(SHOP, TestCallers.staff("vera", "VIEWER"), TestCallers.staff("colin", "COLLECTOR"))) {
            mvc.perform(as(allowed, get("/api/v1/plans").param("customerId", "c-1")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].customerId").value("c-1"));
        }
        mvc.perform(as(PARTNER, get("/api/v1/plans").param("customerId", "c-1")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/forbidden"))
                .andExpect(jsonPath("$.title").value("Forbidden"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value("The caller is not allowed to do this."));
        mvc.perform(as(Caller.client("shop", List.of("repayments:write")), get("/api/v1/plans/{id}", PLAN)))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldShowAPlanWithItsScheduleAndWhatIsOwedToday() throws Exception {
        when(reading.plan(PlanId.of(PLAN))).thenReturn(view());
        mvc.perform(as(SHOP, get("/api/v1/plans/{id}", PLAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planId").value(PLAN.toString()))
                .andExpect(jsonPath("$.orderId").value("order-1"))
                .andExpect(jsonPath("$.customerId").value("c-1"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.method").value("FLAT_MONTHLY_FEE"))
                .andExpect(jsonPath("$.businessDate").value("2026-01-20"))
                .andExpect(jsonPath("$.principal.amount").value("2000.00"))
                .andExpect(jsonPath("$.principal.currency").value("CNY"))
                .andExpect(jsonPath("$.payoffAmount.amount").value("2022.50"))
                .andExpect(jsonPath("$.installments.length()").value(2))
                .andExpect(jsonPath("$.installments[0].status").value("DUE"))
                .andExpect(jsonPath("$.installments[0].fee.amount").value("22.50"))
                .andExpect(jsonPath("$.installments[0].amountDue.amount").value("1022.50"))
                .andExpect(jsonPath("$.installments[0].settledOn").doesNotExist());
    }

    @Test
    void shouldAnswerAnUnknownPlanWithA404Problem() throws Exception {
        when(reading.plan(any())).thenThrow(new PlanNotFound());
        when(reading.ledger(any())).thenThrow(new PlanNotFound());
        for (String path : List.of("/api/v1/plans/{id}", "/api/v1/plans/{id}/ledger")) {
            mvc.perform(as(SHOP, get(path, PLAN)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/plan-not-found"))
                    .andExpect(jsonPath("$.title").value("Not Found"))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.detail").value("No installment plan has this id."));
        }
    }

    @Test
    void shouldRefuseAPlanIdThatIsNoUuidAndACustomerIdOutsideTheFormat() throws Exception {
        mvc.perform(as(SHOP, get("/api/v1/plans/{id}", "not-a-uuid")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("Failed to convert 'planId' with value: 'not-a-uuid'"));
        mvc.perform(as(SHOP, get("/api/v1/plans").param("customerId", "no spaces!")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("Failed to convert 'customerId' with value: 'no spaces!'"));
        mvc.perform(as(SHOP, get("/api/v1/plans")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("Required parameter 'customerId' is not present."));
        verifyNoInteractions(reading);
    }

    @Test
    void shouldListALedgerEntryWithItsKindAndReference() throws Exception {
        LedgerEntry opened = LedgerEntry.of(
                new Booking(PlanId.of(PLAN), CAPTURED, "order:order-1", Instant.parse("2026-01-15T02:00:00Z")),
                new Posting(null, LedgerKind.PLAN_CREATED, Money.of("2000.00")));
        ReflectionTestUtils.setField(opened, "entryId", 7L);
        when(reading.ledger(PlanId.of(PLAN))).thenReturn(List.of(opened));
        mvc.perform(as(TestCallers.staff("vera", "VIEWER"), get("/api/v1/plans/{id}/ledger", PLAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].entryId").value(7))
                .andExpect(jsonPath("$[0].installmentNumber").doesNotExist())
                .andExpect(jsonPath("$[0].kind").value("PLAN_CREATED"))
                .andExpect(jsonPath("$[0].amount.amount").value("2000.00"))
                .andExpect(jsonPath("$[0].businessDate").value("2026-01-15"))
                .andExpect(jsonPath("$[0].reference").value("order:order-1"));
    }

    /** 2,000 yuan in two monthly installments, read five days after capture. */
    private static PlanView view() {
        Plan plan = Plan.open(
                OpenPlans.shopping(
                        PlanId.of(PLAN),
                        OrderId.of("order-1"),
                        CustomerId.of("c-1"),
                        Money.of("2000.00"),
                        PricingMethod.FLAT_MONTHLY_FEE,
                        false,
                        new BigDecimal("0.1620"),
                        CAPTURED,
                        List.of(
                                new ScheduleLine(1, CAPTURED.plusMonths(1), Money.of("1000.00"), Money.of("22.50")),
                                new ScheduleLine(2, CAPTURED.plusMonths(2), Money.of("1000.00"), Money.of("22.50")))),
                Instant.parse("2026-01-15T02:00:00Z"));
        return PlanView.of(plan, TODAY);
    }
}
