package com.creditline.collections.cases;

import static com.creditline.collections.Callers.COLLECTOR;
import static com.creditline.collections.Callers.CREDIT_OFFICER;
import static com.creditline.collections.Callers.PARTNER;
import static com.creditline.collections.Callers.PROBLEMS;
import static com.creditline.collections.Callers.SHOP;
import static com.creditline.collections.Callers.VIEWER;
import static com.creditline.collections.Callers.as;
import static org.assertj.core.api.Assertions.catchRuntimeException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.collections.cases.model.CasePolicy;
import com.creditline.collections.cases.model.CollectionCase;
import com.creditline.collections.cases.model.Delinquency;
import com.creditline.collections.cases.model.MakePromise;
import com.creditline.collections.contact.AttemptView;
import com.creditline.collections.contact.model.ContactAttempt;
import com.creditline.collections.strategy.model.Channel;
import com.creditline.collections.strategy.model.ReminderStrategy;
import com.creditline.collections.strategy.model.StrategyStep;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The case endpoints' web layer alone: who may read a case and record a promise, what a promise
 * must hold, and how the refusals of an unknown case, a case that takes no promise and a promise
 * out of bounds read. The use cases are mocks (the refusals come from the real model); the cases'
 * life on real infrastructure is {@code CollectionsFlowIT}'s.
 */
@ServiceWebSlice(CaseController.class)
class CaseControllerSliceTest {

    static final CustomerId CUSTOMER = CustomerId.of("c-1");
    static final UUID CASE_ID = UUID.fromString("00000000-0000-0000-0000-00000000ca5e");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CaseReading reads;

    @MockitoBean
    PromiseTracking promises;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(get("/api/v1/collections/cases/{id}", CASE_ID))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "unauthenticated"))
                .andExpect(jsonPath("$.status").value(401));
        verifyNoInteractions(reads);
    }

    @Test
    void shouldShowACaseToTheShopAndStaffButNeverAPartner() throws Exception {
        when(reads.byId(CASE_ID)).thenReturn(caseView());

        mvc.perform(as(SHOP, get("/api/v1/collections/cases/{id}", CASE_ID), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(CASE_ID.toString()))
                .andExpect(jsonPath("$.customerId").value("c-1"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.bucket").value("M1"))
                .andExpect(jsonPath("$.daysPastDue").value(1))
                .andExpect(jsonPath("$.overdueAmount.amount").value("250.00"))
                .andExpect(jsonPath("$.overdueAmount.currency").value("CNY"))
                .andExpect(jsonPath("$.escalationReached").value("D+1"))
                .andExpect(jsonPath("$.closeReason").isEmpty())
                .andExpect(jsonPath("$.promise.status").value("OPEN"))
                .andExpect(jsonPath("$.promise.promisedDate").value("2026-03-09"))
                .andExpect(jsonPath("$.attempts[0].channel").value("SMS"))
                .andExpect(jsonPath("$.attempts[0].step").value("D+1"))
                .andExpect(jsonPath("$.attempts[0].status").value("SCHEDULED"));
        mvc.perform(as(VIEWER, get("/api/v1/collections/cases/{id}", CASE_ID), null))
                .andExpect(status().isOk());
        mvc.perform(as(PARTNER, get("/api/v1/collections/cases/{id}", CASE_ID), null))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "forbidden"))
                .andExpect(jsonPath("$.title").value("Forbidden"))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void shouldListACustomersCasesByTheirTypedId() throws Exception {
        when(reads.byCustomer(CUSTOMER)).thenReturn(List.of(caseView()));

        mvc.perform(as(SHOP, get("/api/v1/collections/cases").param("customerId", "c-1"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].customerId").value("c-1"));
        mvc.perform(as(SHOP, get("/api/v1/collections/cases").param("customerId", "c-2"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void shouldRefuseAMalformedOrMissingCustomerIdWithA400Problem() throws Exception {
        mvc.perform(as(SHOP, get("/api/v1/collections/cases").param("customerId", "not a customer id!"), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.correlationId").isNotEmpty());
        mvc.perform(as(SHOP, get("/api/v1/collections/cases"), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.correlationId").isNotEmpty());
        verifyNoInteractions(reads);
    }

    @Test
    void shouldRefuseAPromiseWithoutAnAmountOrWithAnUnknownField() throws Exception {
        mvc.perform(as(COLLECTOR, promise(), "{\"promisedDate\":\"2026-03-02\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-request"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("The request has invalid fields."))
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be null"))
                .andExpect(jsonPath("$.correlationId").isNotEmpty());
        mvc.perform(as(COLLECTOR, promise(), promiseBody("2026-03-05", "50.00").replace("}}", "},\"extra\":1}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"))
                .andExpect(jsonPath("$.detail").value("Unknown field 'extra'."));
        mvc.perform(as(
                        COLLECTOR,
                        post("/api/v1/collections/cases/{id}/promises", "not-a-uuid"),
                        promiseBody("2026-03-05", "50.00")))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(promises);
    }

    @Test
    void shouldTakePromisesFromTheCustomersChannelOrACollectorOnly() throws Exception {
        promisesAreMadeOnAnOpenCase();

        for (Caller refused : List.of(CREDIT_OFFICER, VIEWER, PARTNER)) {
            mvc.perform(as(refused, promise(), promiseBody("2026-03-05", "50.00")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(PROBLEMS + "forbidden"));
        }
        verifyNoInteractions(promises);

        mvc.perform(as(COLLECTOR, promise(), promiseBody("2026-03-05", "50.00")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.promisedDate").value("2026-03-05"))
                .andExpect(jsonPath("$.amount.amount").value("50.00"))
                .andExpect(jsonPath("$.madeOn").value("2026-03-02"));
        mvc.perform(as(SHOP, promise(), promiseBody("2026-03-06", "60.00")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.promisedDate").value("2026-03-06"));
    }

    @Test
    void shouldAnswerAnUnknownCaseWithA404Problem() throws Exception {
        when(reads.byId(CASE_ID)).thenThrow(new CaseNotFound());
        when(promises.make(eq(CASE_ID), any())).thenThrow(new CaseNotFound());

        mvc.perform(as(SHOP, get("/api/v1/collections/cases/{id}", CASE_ID), null))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "case-not-found"))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("No collections case has that id."));
        mvc.perform(as(COLLECTOR, promise(), promiseBody("2026-03-05", "50.00")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "case-not-found"));
    }

    @Test
    void shouldAnswerAPromiseTheCaseCannotTakeWithA409Problem() throws Exception {
        CollectionCase cured = openCase();
        cured.track(new Delinquency(0, Money.ZERO, null, TODAY));
        CollectionCase promised = openCase();
        promised.promiseToPay(new MakePromise(TODAY.plusDays(3), Money.of("50.00")), TODAY, NOW, CasePolicy.DEFAULT);
        when(promises.make(eq(CASE_ID), any())).thenThrow(refusal(cured)).thenThrow(refusal(promised));

        mvc.perform(as(COLLECTOR, promise(), promiseBody("2026-03-05", "50.00")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "case-not-open"))
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value("The case is not open; a promise to pay needs an open case."));
        mvc.perform(as(COLLECTOR, promise(), promiseBody("2026-03-05", "50.00")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "promise-already-open"));
    }

    @Test
    void shouldAnswerAPromiseOutOfBoundsWithA422Problem() throws Exception {
        promisesAreMadeOnAnOpenCase();

        mvc.perform(as(COLLECTOR, promise(), promiseBody("2026-03-01", "50.00")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "promised-date-in-past"))
                .andExpect(jsonPath("$.title").value("Unprocessable Content"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail")
                        .value("The promised date 2026-03-01 is before the business date 2026-03-02."));
        mvc.perform(as(COLLECTOR, promise(), promiseBody("2026-04-02", "50.00")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "promise-too-far-ahead"));
        mvc.perform(as(COLLECTOR, promise(), promiseBody("2026-03-05", "0.00")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "promised-amount-not-positive"));
    }

    /** The use case as the model has it: the promise made on an open case, or its refusal. */
    private void promisesAreMadeOnAnOpenCase() {
        when(promises.make(eq(CASE_ID), any()))
                .thenAnswer(call -> openCase()
                        .promiseToPay(call.getArgument(1, MakePromise.class), TODAY, NOW, CasePolicy.DEFAULT));
    }

    private static CollectionCase openCase() {
        return CollectionCase.open(
                CASE_ID, CUSTOMER, new Delinquency(1, Money.of("250.00"), TODAY.minusDays(1), TODAY));
    }

    /** What the model refuses when the case is asked for one more promise. */
    private static RuntimeException refusal(CollectionCase c) {
        return catchRuntimeException(() ->
                c.promiseToPay(new MakePromise(TODAY.plusDays(3), Money.of("50.00")), TODAY, NOW, CasePolicy.DEFAULT));
    }

    private static CaseView caseView() {
        CollectionCase c = openCase();
        c.escalate(new ReminderStrategy(List.of(new StrategyStep(1, Channel.SMS, "overdue-1-day"))));
        c.promiseToPay(new MakePromise(TODAY.plusDays(7), Money.of("250.00")), TODAY, NOW, CasePolicy.DEFAULT);
        ContactAttempt attempt =
                ContactAttempt.forCase(CASE_ID, CUSTOMER, new StrategyStep(1, Channel.SMS, "overdue-1-day"), NOW);
        return CaseView.of(c, List.of(AttemptView.of(attempt)));
    }

    private static MockHttpServletRequestBuilder promise() {
        return post("/api/v1/collections/cases/{id}/promises", CASE_ID);
    }

    private static String promiseBody(String promisedDate, String amount) {
        return "{\"promisedDate\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"CNY\"}}"
                .formatted(promisedDate, amount);
    }
}
