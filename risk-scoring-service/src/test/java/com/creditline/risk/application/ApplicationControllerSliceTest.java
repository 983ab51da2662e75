package com.creditline.risk.application;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.ModelVersion;
import com.creditline.risk.scoring.PricingTier;
import com.creditline.risk.scoring.RiskAssessment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The application endpoints' web layer alone: who may apply, read a decision and review a
 * customer, what an application must hold, and how a decision and a refusal read. Scoring and
 * publishing are mocks here; on real infrastructure they are {@link ApplicationAccessIT}'s.
 */
@ServiceWebSlice(ApplicationController.class)
class ApplicationControllerSliceTest {

    static final Caller SHOP = ApplicationAccessIT.SHOP;
    static final Caller PARTNER = ApplicationAccessIT.PARTNER;
    static final Caller CREDIT_OFFICER = TestCallers.staff("olga", "CREDIT_OFFICER");
    static final Caller COLLECTOR = TestCallers.staff("colin", "COLLECTOR");
    static final Caller VIEWER = TestCallers.staff("vera", "VIEWER");
    static final CustomerId CUSTOMER = CustomerId.of("c-10042");
    static final UUID APPLICATION_ID = UUID.fromString("00000000-0000-0000-0000-0000000a9911");
    static final String PROBLEMS = "https://problems.creditline.dev/";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CreditDecisioning decisions;

    @MockitoBean
    OfficerReview reviews;

    @MockitoBean
    CreditApplications applications;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(post("/api/v1/applications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(application("c-10042", features("0.98"))))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "unauthenticated"))
                .andExpect(jsonPath("$.status").value(401));
        verifyNoInteractions(decisions);
    }

    @Test
    void shouldTakeApplicationsFromTheShopOnlyAndAnswerTheDecision() throws Exception {
        for (Caller refused : List.of(PARTNER, CREDIT_OFFICER)) {
            mvc.perform(as(refused, post("/api/v1/applications"), application("c-10042", features("0.98"))))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(PROBLEMS + "forbidden"))
                    .andExpect(jsonPath("$.status").value(403));
        }
        verifyNoInteractions(decisions);

        when(decisions.decide(eq(CUSTOMER), any())).thenReturn(approved());
        mvc.perform(as(SHOP, post("/api/v1/applications"), application("c-10042", features("0.98"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicationId").value(APPLICATION_ID.toString()))
                .andExpect(jsonPath("$.customerId").value("c-10042"))
                .andExpect(jsonPath("$.decision").value("APPROVED"))
                .andExpect(jsonPath("$.probabilityOfDefault").value(0.0150))
                .andExpect(jsonPath("$.score").value(640))
                .andExpect(jsonPath("$.grade").value("A"))
                .andExpect(jsonPath("$.recommendedLimit.amount").value("18400.00"))
                .andExpect(jsonPath("$.recommendedLimit.currency").value("CNY"))
                .andExpect(jsonPath("$.pricingTier").value("TIER_A"))
                .andExpect(jsonPath("$.reasons[0]").value("HIGH_RETURN_RATE"))
                .andExpect(jsonPath("$.reasons[1]").value("MANY_DEVICES"))
                .andExpect(jsonPath("$.decidedAt").value("2026-03-02T02:00:00Z"));
    }

    @Test
    void shouldRefuseAnApplicationWithMissingOrOutOfRangeFeatures() throws Exception {
        mvc.perform(as(SHOP, post("/api/v1/applications"), "{\"customerId\":\"c-10042\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-request"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("The request has invalid fields."))
                .andExpect(jsonPath("$.errors[0].field").value("features"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be null"));
        mvc.perform(as(SHOP, post("/api/v1/applications"), application("c-10042", features("1.5"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("features.onTimePaymentRatio"))
                .andExpect(jsonPath("$.errors[0].message").value("must be less than or equal to 1"));
        mvc.perform(as(SHOP, post("/api/v1/applications"), application("not a customer!", features("0.98"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.correlationId").isNotEmpty());
        verifyNoInteractions(decisions);
    }

    @Test
    void shouldLeaveReviewsToCreditOfficersAndAnswerACustomerWhoNeverAppliedWithA404() throws Exception {
        for (Caller refused : List.of(COLLECTOR, VIEWER, SHOP)) {
            mvc.perform(as(refused, post("/api/v1/admin/risk/reviews"), application("c-10042", features("0.71"))))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(PROBLEMS + "forbidden"));
        }
        verifyNoInteractions(reviews);

        when(reviews.review(eq(CUSTOMER), any(), eq(CREDIT_OFFICER.actor()))).thenReturn(approved());
        mvc.perform(as(CREDIT_OFFICER, post("/api/v1/admin/risk/reviews"), application("c-10042", features("0.71"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.grade").value("A"))
                .andExpect(jsonPath("$.model.modelId").value("expert-scorecard"))
                .andExpect(jsonPath("$.model.origin").value("JUDGMENTAL"));

        when(reviews.review(eq(CustomerId.of("c-new")), any(), any())).thenThrow(new NothingToReview());
        mvc.perform(as(CREDIT_OFFICER, post("/api/v1/admin/risk/reviews"), application("c-new", features("0.71"))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "nothing-to-review"))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail")
                        .value("No application of this customer was approved: there is no grade to review."));
    }

    @Test
    void shouldRefuseASecondApplicationOfACustomerWithALineAndOneWithinTheCoolOff() throws Exception {
        when(decisions.decide(eq(CustomerId.of("c-graded")), any())).thenThrow(new CustomerAlreadyGraded());
        mvc.perform(as(SHOP, post("/api/v1/applications"), application("c-graded", features("0.98"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "customer-already-graded"))
                .andExpect(jsonPath("$.status").value(409));

        when(decisions.decide(eq(CustomerId.of("c-declined")), any()))
                .thenThrow(new ReapplyingTooSoon(LocalDate.of(2026, 4, 1)));
        mvc.perform(as(SHOP, post("/api/v1/applications"), application("c-declined", features("0.98"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "reapplying-too-soon"))
                .andExpect(jsonPath("$.detail")
                        .value("This customer's last application was declined; they may apply again from 2026-04-01."));
    }

    @Test
    void shouldShowADecisionToTheShopAndStaffButNotAPartnerAndAnUnknownOneAsA404() throws Exception {
        when(applications.findById(APPLICATION_ID)).thenReturn(Optional.of(approved()));
        when(applications.findById(UUID.fromString("00000000-0000-0000-0000-000000000404")))
                .thenReturn(Optional.empty());

        for (Caller allowed : List.of(SHOP, VIEWER)) {
            mvc.perform(as(allowed, get("/api/v1/applications/{id}", APPLICATION_ID), null))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.decision").value("APPROVED"))
                    .andExpect(jsonPath("$.pricingTier").value("TIER_A"));
        }
        mvc.perform(as(PARTNER, get("/api/v1/applications/{id}", APPLICATION_ID), null))
                .andExpect(status().isForbidden());
        mvc.perform(as(SHOP, get("/api/v1/applications/00000000-0000-0000-0000-000000000404"), null))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "application-not-found"));
        mvc.perform(as(SHOP, get("/api/v1/applications/not-a-uuid"), null)).andExpect(status().isBadRequest());
    }

    @Test
    void shouldListACustomersDecisionsLatestFirstToTheShopAndStaffWithABoundedLimit() throws Exception {
        when(applications.findByCustomerIdOrderByDecidedAtDescIdDesc(CUSTOMER, Limit.of(20)))
                .thenReturn(List.of(approved()));
        for (Caller allowed : List.of(SHOP, VIEWER, COLLECTOR)) {
            mvc.perform(as(allowed, get("/api/v1/applications").param("customerId", "c-10042"), null))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(1))
                    .andExpect(jsonPath("$[0].applicationId").value(APPLICATION_ID.toString()))
                    .andExpect(jsonPath("$[0].grade").value("A"))
                    .andExpect(jsonPath("$[0].reasons[0]").value("HIGH_RETURN_RATE"))
                    .andExpect(jsonPath("$[0].model.modelId").value("expert-scorecard"))
                    .andExpect(jsonPath("$[0].model.version").isNumber());
        }
        when(applications.findByCustomerIdOrderByDecidedAtDescIdDesc(CUSTOMER, Limit.of(100)))
                .thenReturn(List.of());
        mvc.perform(as(
                        VIEWER,
                        get("/api/v1/applications")
                                .param("customerId", "c-10042")
                                .param("limit", "100"),
                        null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(PARTNER, get("/api/v1/applications").param("customerId", "c-10042"), null))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldRefuseAListWithoutCustomerOrWithALimitOutOfBoundsAsA400Problem() throws Exception {
        for (String limit : List.of("0", "101", "many")) {
            mvc.perform(as(
                            VIEWER,
                            get("/api/v1/applications")
                                    .param("customerId", "c-10042")
                                    .param("limit", limit),
                            null))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(as(VIEWER, get("/api/v1/applications"), null)).andExpect(status().isBadRequest());
        mvc.perform(as(VIEWER, get("/api/v1/applications").param("customerId", "not a customer!"), null))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(applications);
    }

    private static CreditApplication approved() {
        return CreditApplication.decide(new CreditApplication.Deciding(
                APPLICATION_ID,
                CUSTOMER,
                new RiskAssessment(
                        true,
                        new BigDecimal("0.0150"),
                        640,
                        Grade.A,
                        Money.of("18400.00"),
                        PricingTier.TIER_A,
                        List.of("HIGH_RETURN_RATE", "MANY_DEVICES"),
                        ModelVersion.EXPERT),
                "{}",
                Instant.parse("2026-03-02T02:00:00Z"),
                LocalDate.parse("2026-03-02")));
    }

    private static String application(String customerId, String features) {
        return "{\"customerId\":\"%s\",\"features\":%s}".formatted(customerId, features);
    }

    private static String features(String onTimePaymentRatio) {
        return ("{\"accountAgeMonths\":38,\"orders12m\":57,\"spend12m\":{\"amount\":\"18450.00\",\"currency\":\"CNY\"},"
                        + "\"returnRate\":0.04,\"onTimePaymentRatio\":%s,\"worstDpd\":3,\"identityVerified\":true,"
                        + "\"incomeBand\":\"FROM_8K_TO_15K\",\"devices\":2}")
                .formatted(onTimePaymentRatio);
    }

    private static MockHttpServletRequestBuilder as(Caller caller, MockHttpServletRequestBuilder request, String body) {
        request.header("Authorization", "Bearer " + TestCallers.tokenFor(caller));
        return body == null
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
