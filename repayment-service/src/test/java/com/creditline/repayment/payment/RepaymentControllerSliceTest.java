package com.creditline.repayment.payment;

import static com.creditline.repayment.CallerRequests.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import com.creditline.repayment.payment.PaymentView.AllocationView;
import com.creditline.repayment.payment.model.TakePayment;
import com.creditline.repayment.plan.PlanNotFound;
import com.creditline.repayment.plan.model.PaymentExceedsBalance;
import com.creditline.repayment.plan.model.PlanSettled;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The repayment endpoints' web layer: only a caller allowed to repay pays, what a payment request
 * must hold, what a taken or replayed payment answers, and how the plan's refusals read. Taking the
 * payment is a mock; {@code RepaymentJourneyIT} takes payments on a real database.
 */
@ServiceWebSlice(RepaymentController.class)
class RepaymentControllerSliceTest {

    static final UUID PLAN = UUID.fromString("0b6f3c1e-5d7a-4c1b-9a55-3f2d8e1c7a90");
    static final UUID PAYMENT = UUID.fromString("5a1d9e3c-2b7f-4e60-8c11-0d4e6f7a8b9c");
    static final Caller SHOP = Caller.client("shop", List.of("repayments:write", "customers:read"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RepaymentTaking repaymentTaking;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(post("/api/v1/repayments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(pay("10.00")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        verifyNoInteractions(repaymentTaking);
    }

    @Test
    void shouldTakePaymentsOnlyFromACallerAllowedToRepay() throws Exception {
        for (Caller refused : List.of(
                Caller.partner("P-1", "k1", List.of("checkout:write", "orders:read")),
                Caller.client("shop", List.of("customers:read")),
                TestCallers.staff("colin", "COLLECTOR"),
                TestCallers.staff("ada", "ADMIN"))) {
            mvc.perform(as(refused, post("/api/v1/repayments"), pay("10.00")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/forbidden"))
                    .andExpect(jsonPath("$.status").value(403));
        }
        verifyNoInteractions(repaymentTaking);
    }

    @Test
    void shouldAnswerATakenPaymentWith201AndItsPlaceAndAReplayWith200() throws Exception {
        TakePayment command = new TakePayment(PlanId.of(PLAN), "alipay-1", Money.of("345.67"));
        when(repaymentTaking.pay(command)).thenReturn(new RepaymentTaking.Outcome(payment(), false));
        mvc.perform(as(SHOP, post("/api/v1/repayments"), pay("345.67")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/repayments/" + PAYMENT))
                .andExpect(jsonPath("$.paymentId").value(PAYMENT.toString()))
                .andExpect(jsonPath("$.planId").value(PLAN.toString()))
                .andExpect(jsonPath("$.paymentReference").value("alipay-1"))
                .andExpect(jsonPath("$.amount.amount").value("345.67"))
                .andExpect(jsonPath("$.principalRepaid.amount").value("323.17"))
                .andExpect(jsonPath("$.allocations[0].installmentNumber").value(1))
                .andExpect(jsonPath("$.allocations[0].kind").value("PAYMENT_FEE"))
                .andExpect(jsonPath("$.allocations[1].amount.amount").value("323.17"));

        when(repaymentTaking.pay(command)).thenReturn(new RepaymentTaking.Outcome(payment(), true));
        mvc.perform(as(SHOP, post("/api/v1/repayments"), pay("345.67")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(jsonPath("$.paymentId").value(PAYMENT.toString()));
    }

    @Test
    void shouldRefuseARequestWithoutPlanOrReferenceOrWithAnAmountThatIsNotPositive() throws Exception {
        mvc.perform(as(SHOP, post("/api/v1/repayments"), "{\"amount\":{\"amount\":\"0.00\",\"currency\":\"CNY\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/invalid-request"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("The request has invalid fields."))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.field == 'planId')].message").value("must not be null"))
                .andExpect(jsonPath("$.errors[?(@.field == 'paymentReference')].message")
                        .value("must not be blank"))
                .andExpect(jsonPath("$.errors[?(@.field == 'amount')].message").value("must be more than zero"));
        mvc.perform(as(
                        SHOP,
                        post("/api/v1/repayments"),
                        "{\"planId\":\"%s\",\"paymentReference\":\"%s\",\"amount\":{\"amount\":\"1.00\"}}"
                                .formatted(PLAN, "r".repeat(101))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("paymentReference"))
                .andExpect(jsonPath("$.errors[0].message").value("size must be between 0 and 100"));
        verifyNoInteractions(repaymentTaking);
    }

    @Test
    void shouldRefuseAPlanIdThatIsNoUuidAndAnUnknownField() throws Exception {
        mvc.perform(as(
                        SHOP,
                        post("/api/v1/repayments"),
                        "{\"planId\":\"plan-1\",\"paymentReference\":\"r\",\"amount\":{\"amount\":\"1.00\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/malformed-request"))
                .andExpect(jsonPath("$.title").value("Malformed request"))
                .andExpect(jsonPath("$.detail").value("Field 'planId' has an invalid value."));
        mvc.perform(as(
                        SHOP,
                        post("/api/v1/repayments"),
                        "{\"planId\":\"%s\",\"paymentReference\":\"r\",\"amount\":{\"amount\":\"1.00\"},\"tip\":1}"
                                .formatted(PLAN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Unknown field 'tip'."));
        verifyNoInteractions(repaymentTaking);
    }

    @Test
    void shouldAnswerThePlansRefusalsAsProblems() throws Exception {
        doThrow(new PlanNotFound()).when(repaymentTaking).pay(any());
        mvc.perform(as(SHOP, post("/api/v1/repayments"), pay("1.00")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/plan-not-found"))
                .andExpect(jsonPath("$.detail").value("No installment plan has this id."));

        doThrow(new PaymentReferenceReused()).when(repaymentTaking).pay(any());
        mvc.perform(as(SHOP, post("/api/v1/repayments"), pay("1.00")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/payment-reference-reused"))
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(jsonPath("$.status").value(409));

        doThrow(new PaymentExceedsBalance(Money.of("500.01"), Money.of("500.00")))
                .when(repaymentTaking)
                .pay(any());
        mvc.perform(as(SHOP, post("/api/v1/repayments"), pay("500.01")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/payment-exceeds-balance"))
                .andExpect(jsonPath("$.title").value("Unprocessable Content"))
                .andExpect(jsonPath("$.detail")
                        .value("The payment of 500.01 CNY exceeds the 500.00 CNY the plan owes today."));

        doThrow(new PlanSettled()).when(repaymentTaking).pay(any());
        mvc.perform(as(SHOP, post("/api/v1/repayments"), pay("1.00")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/plan-settled"));
    }

    @Test
    void shouldLetTheShopAndStaffReadAPaymentAndAnswerAnUnknownOneWith404() throws Exception {
        when(repaymentTaking.payment(PAYMENT)).thenReturn(payment());
        mvc.perform(as(Caller.client("shop", List.of("customers:read")), get("/api/v1/repayments/{id}", PAYMENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.businessDate").value("2026-02-15"));
        mvc.perform(as(Caller.partner("P-1", "k1", List.of("orders:read")), get("/api/v1/repayments/{id}", PAYMENT)))
                .andExpect(status().isForbidden());

        UUID unknown = UUID.randomUUID();
        when(repaymentTaking.payment(unknown)).thenThrow(new PaymentNotFound());
        mvc.perform(as(TestCallers.staff("vera", "VIEWER"), get("/api/v1/repayments/{id}", unknown)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/payment-not-found"))
                .andExpect(jsonPath("$.detail").value("No payment has this id."));
    }

    @Test
    void shouldListACustomersPaymentsLatestFirstForTheShopAndStaffWithABoundedLimit() throws Exception {
        when(repaymentTaking.customerPayments(CustomerId.of("c-10042"), 20)).thenReturn(List.of(payment()));
        mvc.perform(as(
                        TestCallers.staff("vera", "VIEWER"),
                        get("/api/v1/repayments").param("customerId", "c-10042")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].paymentId").value(PAYMENT.toString()))
                .andExpect(jsonPath("$[0].principalRepaid.amount").value("323.17"));
        when(repaymentTaking.customerPayments(CustomerId.of("c-10042"), 100)).thenReturn(List.of());
        mvc.perform(as(
                        Caller.client("shop", List.of("customers:read")),
                        get("/api/v1/repayments").param("customerId", "c-10042").param("limit", "100")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(
                        Caller.partner("P-1", "k1", List.of("orders:read")),
                        get("/api/v1/repayments").param("customerId", "c-10042")))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldRefuseAListWithoutCustomerOrWithALimitOutOfBoundsAsA400Problem() throws Exception {
        Caller viewer = TestCallers.staff("vera", "VIEWER");
        for (String limit : List.of("0", "101", "many")) {
            mvc.perform(as(
                            viewer,
                            get("/api/v1/repayments")
                                    .param("customerId", "c-10042")
                                    .param("limit", limit)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(as(viewer, get("/api/v1/repayments")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        verifyNoInteractions(repaymentTaking);
    }

    private static PaymentView payment() {
        return new PaymentView(
                PAYMENT,
                PlanId.of(PLAN),
                "alipay-1",
                Money.of("345.67"),
                LocalDate.of(2026, 2, 15),
                Instant.parse("2026-02-15T03:00:00Z"),
                Money.of("323.17"),
                Money.ZERO,
                List.of(
                        new AllocationView(1, "PAYMENT_FEE", Money.of("22.50")),
                        new AllocationView(1, "PAYMENT_PRINCIPAL", Money.of("323.17"))));
    }

    private static String pay(String amount) {
        return "{\"planId\":\"%s\",\"paymentReference\":\"alipay-1\",\"amount\":{\"amount\":\"%s\",\"currency\":\"CNY\"}}"
                .formatted(PLAN, amount);
    }
}
