package com.creditline.creditlimit.account;

import static com.creditline.creditlimit.WebSliceRequests.as;
import static com.creditline.creditlimit.WebSliceRequests.forbidden;
import static com.creditline.creditlimit.WebSliceRequests.invalidFields;
import static com.creditline.creditlimit.WebSliceRequests.malformed;
import static com.creditline.creditlimit.WebSliceRequests.refusal;
import static com.creditline.creditlimit.WebSliceRequests.unauthorized;
import static com.creditline.creditlimit.WebSliceRequests.withBody;
import static com.creditline.creditlimit.account.Refusals.CUSTOMER;
import static com.creditline.creditlimit.account.Refusals.NOW;
import static com.creditline.creditlimit.account.Refusals.TODAY;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import com.creditline.common.time.BusinessClock;
import com.creditline.creditlimit.account.model.AccountStatus;
import com.creditline.creditlimit.account.model.AddingTemporaryRaise;
import com.creditline.creditlimit.account.model.ChangingStatus;
import com.creditline.creditlimit.account.model.SettingLimit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What credit officers change on a line, as the web layer sees it: who may, what a request must
 * hold, that the change is made under the caller's name from the token, and how a refusal reads.
 * The rules themselves are the model's ({@code CreditAccountTest}); the audit trail runs on real
 * infrastructure in {@link CreditLineAccessIT}.
 */
@ServiceWebSlice(AdminCreditAccountController.class)
class AdminCreditAccountControllerSliceTest {

    static final String LINE = "/api/v1/admin/credit-accounts/c-1";
    static final Caller OFFICER = TestCallers.staff("olga", "CREDIT_OFFICER");

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CashRules.class)
    static class OnABusinessDate {
        @Bean
        BusinessClock businessClock() {
            return BusinessClock.fixed(NOW, TODAY);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CreditLineServicing lines;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(withBody(put(LINE + "/limit"), setLimit("6000.00", "income verified")))
                .andExpect(unauthorized());
        verifyNoInteractions(lines);
    }

    @Test
    void shouldLetOnlyACreditOfficerOrAnAdminChangeALine() throws Exception {
        for (Caller mayNot : new Caller[] {
            TestCallers.staff("colin", "COLLECTOR"),
            TestCallers.staff("vera", "VIEWER"),
            Caller.client("shop", java.util.List.of("customers:read", "customers:write"))
        }) {
            mvc.perform(as(mayNot, put(LINE + "/limit"), setLimit("6000.00", "income verified")))
                    .andExpect(forbidden());
        }
        verifyNoInteractions(lines);

        when(lines.setPermanentLimit(any())).thenReturn(Refusals.line("6000.00"));
        mvc.perform(as(TestCallers.staff("ada", "ADMIN"), put(LINE + "/limit"), setLimit("6000.00", "verified")))
                .andExpect(status().isOk());
        mvc.perform(as(OFFICER, put(LINE + "/limit"), setLimit("6000.00", "income verified")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerId").value("c-1"))
                .andExpect(jsonPath("$.permanentLimit.amount").value("6000.00"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.businessDate").value("2026-11-01"));
        verify(lines)
                .setPermanentLimit(new SettingLimit(CUSTOMER, Money.of("6000.00"), "staff:olga", "income verified"));
    }

    @Test
    void shouldRequireAReasonAndALimitNamingTheFields() throws Exception {
        mvc.perform(as(OFFICER, put(LINE + "/limit"), "{\"limit\":{\"amount\":\"6000.00\",\"currency\":\"CNY\"}}"))
                .andExpect(invalidFields())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
        mvc.perform(as(OFFICER, put(LINE + "/limit"), "{\"reason\":\"" + "r".repeat(501) + "\"}"))
                .andExpect(invalidFields())
                .andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(as(OFFICER, post(LINE + "/temporary-raises"), "{\"reason\":\"Double 11\"}"))
                .andExpect(invalidFields())
                .andExpect(jsonPath("$.errors.length()").value(3));
        verifyNoInteractions(lines);
    }

    @Test
    void shouldRefuseAStatusTheLineCannotHave() throws Exception {
        mvc.perform(as(OFFICER, put(LINE + "/status"), "{\"status\":\"OPEN\",\"reason\":\"r\"}"))
                .andExpect(malformed("Field 'status' has an invalid value."));
        verifyNoInteractions(lines);
    }

    @Test
    void shouldAnswerTheLinesRefusalsOfALimitAsProblems() throws Exception {
        when(lines.setPermanentLimit(any()))
                .thenThrow(Refusals.limitOutOfRange())
                .thenThrow(Refusals.limitBelowOutstanding())
                .thenThrow(new AccountNotFound());

        mvc.perform(as(OFFICER, put(LINE + "/limit"), setLimit("499.99", "r")))
                .andExpect(refusal(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "limit-out-of-range",
                        "A limit lies between 500.00 and 200000.00 CNY; 499.99 does not."));
        mvc.perform(as(OFFICER, put(LINE + "/limit"), setLimit("800.00", "r")))
                .andExpect(refusal(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "limit-below-outstanding",
                        "The limit cannot be set below the outstanding principal of 900.00 CNY."));
        mvc.perform(as(OFFICER, put(LINE + "/limit"), setLimit("800.00", "r")))
                .andExpect(refusal(HttpStatus.NOT_FOUND, "account-not-found", "The customer has no credit account."));
    }

    @Test
    void shouldAddARaiseAndChangeAStatusUnderTheOfficersName() throws Exception {
        when(lines.addTemporaryRaise(any()))
                .thenReturn(Refusals.lineWithRaise("1000.00", "2000.00", TODAY, TODAY.plusDays(10)));
        when(lines.changeStatus(any())).thenThrow(Refusals.accountClosed());

        mvc.perform(as(
                        OFFICER,
                        post(LINE + "/temporary-raises"),
                        "{\"amount\":{\"amount\":\"2000.00\",\"currency\":\"CNY\"},\"startsOn\":\"2026-11-01\","
                                + "\"endsOn\":\"2026-11-11\",\"reason\":\"Double 11\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.effectiveLimit.amount").value("3000.00"))
                .andExpect(jsonPath("$.temporaryRaises[0].amount.amount").value("2000.00"))
                .andExpect(jsonPath("$.temporaryRaises[0].endsOn").value("2026-11-11"));
        verify(lines)
                .addTemporaryRaise(new AddingTemporaryRaise(
                        CUSTOMER, Money.of("2000.00"), TODAY, TODAY.plusDays(10), "staff:olga", "Double 11"));

        mvc.perform(as(OFFICER, put(LINE + "/status"), "{\"status\":\"ACTIVE\",\"reason\":\"reopen\"}"))
                .andExpect(
                        refusal(HttpStatus.UNPROCESSABLE_CONTENT, "account-closed", "The credit account is closed."));
        verify(lines).changeStatus(new ChangingStatus(CUSTOMER, AccountStatus.ACTIVE, "staff:olga", "reopen"));
    }

    private static String setLimit(String limit, String reason) {
        return "{\"limit\":{\"amount\":\"%s\",\"currency\":\"CNY\"},\"reason\":\"%s\"}".formatted(limit, reason);
    }
}
