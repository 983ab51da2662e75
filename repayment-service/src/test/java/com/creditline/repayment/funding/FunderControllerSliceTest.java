package com.creditline.repayment.funding;

import static com.creditline.repayment.CallerRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import com.creditline.repayment.funding.FunderRegistry.ChangingStatus;
import com.creditline.repayment.funding.FunderRegistry.FunderPosition;
import com.creditline.repayment.funding.FunderRegistry.Registering;
import com.creditline.repayment.funding.model.Funder;
import com.creditline.repayment.funding.model.FunderKind;
import com.creditline.repayment.funding.model.FunderStatus;
import com.creditline.repayment.funding.model.FundingTerms;
import com.creditline.repayment.funding.model.ShareAbovePlatformLimit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The funder register's web layer: only an admin changes funders, with an Audit-Reason, any staff
 * member reads them, what a registration must hold, and how the refusals read. The register is a
 * mock; {@code FunderRegistryIT} keeps funders on a real database.
 */
@ServiceWebSlice(FunderController.class)
class FunderControllerSliceTest {

    static final Caller ADMIN = TestCallers.staff("ada", "ADMIN");
    static final Caller VIEWER = TestCallers.staff("vera", "VIEWER");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 9);

    static final String TERMS = "{\"grades\":[\"B\",\"A\"],\"minimumInstallments\":3,\"maximumInstallments\":12,"
            + "\"minimumShare\":0.2,\"maximumShare\":0.7,"
            + "\"exposureCap\":{\"amount\":\"1000000.00\",\"currency\":\"CNY\"},"
            + "\"dailyQuota\":{\"amount\":\"50000.00\",\"currency\":\"CNY\"},\"yieldRate\":0.065}";

    static final String REGISTER = "{\"funderId\":\"bank-of-ningbo\",\"name\":\"Bank of Ningbo\",\"kind\":\"BANK\","
            + "\"priority\":10,\"settlementAccount\":\"NBCB 8100 0012\",\"terms\":" + TERMS + "}";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FunderRegistry registry;

    static FunderPosition ningbo() {
        Funder funder = Funder.register(
                "bank-of-ningbo",
                "Bank of Ningbo",
                FunderKind.BANK,
                10,
                new FundingTerms(
                        "AB",
                        3,
                        12,
                        new BigDecimal("0.2"),
                        new BigDecimal("0.7"),
                        Money.of("1000000.00"),
                        Money.of("50000.00"),
                        new BigDecimal("0.065"),
                        false),
                "NBCB 8100 0012",
                null,
                Instant.parse("2026-03-09T02:00:00Z"));
        return new FunderPosition(funder, TODAY, Money.of("20000.00"));
    }

    static MockHttpServletRequestBuilder audited(MockHttpServletRequestBuilder request) {
        return request.header("Audit-Reason", "onboarding a partner bank");
    }

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(audited(post("/api/v1/admin/funders"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REGISTER))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        verifyNoInteractions(registry);
    }

    @Test
    void shouldLeaveChangesToAnAdminAndRecordWhoAndWhy() throws Exception {
        for (Caller refused : List.of(
                VIEWER,
                TestCallers.staff("olga", "CREDIT_OFFICER"),
                Caller.client("shop", List.of("customers:read", "repayments:write")))) {
            mvc.perform(as(refused, audited(post("/api/v1/admin/funders")), REGISTER))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/forbidden"));
            mvc.perform(as(
                            refused,
                            audited(put("/api/v1/admin/funders/bank-of-ningbo/status")),
                            "{\"status\":\"SUSPENDED\"}"))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(registry);

        when(registry.register(any())).thenReturn(ningbo());
        mvc.perform(as(ADMIN, audited(post("/api/v1/admin/funders")), REGISTER))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/admin/funders/bank-of-ningbo"))
                .andExpect(jsonPath("$.funderId").value("bank-of-ningbo"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.terms.grades[0]").value("A"))
                .andExpect(jsonPath("$.terms.grades[1]").value("B"))
                .andExpect(jsonPath("$.outstandingPrincipal.amount").value("0.00"))
                .andExpect(jsonPath("$.exposureRoom.amount").value("1000000.00"))
                .andExpect(jsonPath("$.businessDate").value("2026-03-09"))
                .andExpect(jsonPath("$.fundedToday.amount").value("20000.00"))
                .andExpect(jsonPath("$.quotaRoom.amount").value("30000.00"));
        ArgumentCaptor<Registering> registering = ArgumentCaptor.forClass(Registering.class);
        verify(registry).register(registering.capture());
        assertThat(registering.getValue().actor()).isEqualTo("staff:ada");
        assertThat(registering.getValue().reason()).isEqualTo("onboarding a partner bank");
        assertThat(registering.getValue().terms().grades()).isEqualTo("AB");

        when(registry.changeStatus(any())).thenReturn(ningbo());
        mvc.perform(as(
                        ADMIN,
                        audited(put("/api/v1/admin/funders/bank-of-ningbo/status")),
                        "{\"status\":\"SUSPENDED\"}"))
                .andExpect(status().isOk());
        verify(registry)
                .changeStatus(new ChangingStatus(
                        "bank-of-ningbo", FunderStatus.SUSPENDED, "staff:ada", "onboarding a partner bank"));
    }

    @Test
    void shouldRequireAReasonForEveryChange() throws Exception {
        mvc.perform(as(ADMIN, post("/api/v1/admin/funders"), REGISTER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(as(ADMIN, put("/api/v1/admin/funders/bank-of-ningbo/status"), "{\"status\":\"SUSPENDED\"}")
                        .header("Audit-Reason", " "))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(registry);
    }

    @Test
    void shouldNameTheMissingAndMalformedFields() throws Exception {
        mvc.perform(as(ADMIN, audited(post("/api/v1/admin/funders")), "{\"funderId\":\"Bank_1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/invalid-request"))
                .andExpect(jsonPath("$.errors[?(@.field == 'funderId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'terms')]").exists())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'settlementAccount')]").exists());
        mvc.perform(as(
                        ADMIN,
                        audited(put("/api/v1/admin/funders/bank-of-ningbo/terms")),
                        "{\"priority\":1,\"settlementAccount\":\"x\",\"terms\":{\"grades\":[]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'terms.grades')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'terms.yieldRate')]").exists());
        verifyNoInteractions(registry);
    }

    @Test
    void shouldAnswerTheRulesRefusalsAsProblems() throws Exception {
        mvc.perform(as(ADMIN, audited(post("/api/v1/admin/funders")), REGISTER.replace("[\"B\",\"A\"]", "[\"F\"]")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/grades-not-recognised"));

        when(registry.register(any()))
                .thenThrow(new ShareAbovePlatformLimit(new BigDecimal("0.8"), new BigDecimal("0.30")))
                .thenThrow(new FunderAlreadyRegistered("bank-of-ningbo"));
        mvc.perform(as(ADMIN, audited(post("/api/v1/admin/funders")), REGISTER))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/share-above-platform-limit"));
        mvc.perform(as(ADMIN, audited(post("/api/v1/admin/funders")), REGISTER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/funder-already-registered"));

        when(registry.read("nobody")).thenThrow(new FunderNotFound("nobody"));
        mvc.perform(as(VIEWER, get("/api/v1/admin/funders/nobody")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No funder has the id 'nobody'."));
    }

    @Test
    void shouldLetAnyStaffMemberButNoShopReadTheFunders() throws Exception {
        when(registry.list()).thenReturn(List.of(ningbo()));
        when(registry.read("bank-of-ningbo")).thenReturn(ningbo());
        mvc.perform(as(VIEWER, get("/api/v1/admin/funders")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].funderId").value("bank-of-ningbo"))
                .andExpect(jsonPath("$[0].settlementAccount").value("NBCB 8100 0012"));
        mvc.perform(as(TestCallers.staff("colin", "COLLECTOR"), get("/api/v1/admin/funders/bank-of-ningbo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.terms.yieldRate").value(0.065));
        mvc.perform(as(Caller.client("shop", List.of("customers:read")), get("/api/v1/admin/funders")))
                .andExpect(status().isForbidden());
    }
}
