package com.creditline.creditlimit.account;

import static com.creditline.creditlimit.WebSliceRequests.as;
import static com.creditline.creditlimit.WebSliceRequests.forbidden;
import static com.creditline.creditlimit.WebSliceRequests.refusal;
import static com.creditline.creditlimit.WebSliceRequests.unauthorized;
import static com.creditline.creditlimit.account.Refusals.CUSTOMER;
import static com.creditline.creditlimit.account.Refusals.NOW;
import static com.creditline.creditlimit.account.Refusals.TODAY;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import com.creditline.common.time.BusinessClock;
import com.creditline.creditlimit.account.model.AccountChange;
import com.creditline.creditlimit.account.model.AccountStatus;
import com.creditline.creditlimit.account.model.CashShare;
import com.creditline.creditlimit.account.model.CreditAccount;
import com.creditline.creditlimit.account.model.Hold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reading a credit line and its history, as the web layer answers it: the figures as of the
 * business date, who may read the line (the shop, staff, never a partner) and its history (staff
 * only), and an unknown customer. The repositories are mocks; the history is written on real
 * infrastructure in {@link CreditLineAccessIT}.
 */
@ServiceWebSlice(CreditAccountController.class)
class CreditAccountControllerSliceTest {

    static final Caller SHOP = Caller.client("shop", List.of("customers:read"));
    static final Caller PARTNER = Caller.partner("P-1", "k1", List.of("checkout:write", "orders:read"));
    static final Caller VIEWER = TestCallers.staff("vera", "VIEWER");
    static final String NO_ACCOUNT = "The customer has no credit account.";

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CashRules.class)
    static class OnABusinessDate {
        @Bean
        BusinessClock businessClock() {
            return BusinessClock.fixed(NOW, TODAY.plusDays(3));
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CreditAccounts accounts;

    @MockitoBean
    AccountChanges changes;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(get("/api/v1/credit-accounts/c-1")).andExpect(unauthorized());
        verifyNoInteractions(accounts);
    }

    @Test
    void shouldShowTheLineAsOfTheBusinessDate() throws Exception {
        CreditAccount line = Refusals.lineWithRaise("1000.00", "2000.00", TODAY, TODAY.plusDays(10));
        line.reserve(Money.of("500.00"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE);
        line.capture(Money.of("300.00"), Hold.Purpose.PURCHASE);
        line.reserve(Money.of("400.00"), Hold.Purpose.CASH, TODAY, new CashShare(new BigDecimal("0.5")));
        line.capture(Money.of("100.00"), Hold.Purpose.CASH);
        when(accounts.findById(CUSTOMER)).thenReturn(Optional.of(line));

        mvc.perform(as(SHOP, get("/api/v1/credit-accounts/c-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerId").value("c-1"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.grade").value("B"))
                .andExpect(jsonPath("$.permanentLimit.amount").value("1000.00"))
                .andExpect(jsonPath("$.effectiveLimit.amount").value("3000.00"))
                .andExpect(jsonPath("$.outstanding.amount").value("400.00"))
                .andExpect(jsonPath("$.held.amount").value("500.00"))
                .andExpect(jsonPath("$.available.amount").value("2100.00"))
                .andExpect(jsonPath("$.cashLimit.amount").value("1500.00"))
                .andExpect(jsonPath("$.cashOutstanding.amount").value("100.00"))
                .andExpect(jsonPath("$.cashAvailable.amount").value("1100.00"))
                .andExpect(jsonPath("$.available.currency").value("CNY"))
                .andExpect(jsonPath("$.temporaryRaises[0].startsOn").value("2026-11-01"))
                .andExpect(jsonPath("$.temporaryRaises[0].source").value("OPS"))
                .andExpect(jsonPath("$.temporaryRaises[0].placedBy").value("ops"))
                .andExpect(jsonPath("$.temporaryRaises[0].campaignId").doesNotExist())
                .andExpect(jsonPath("$.temporaryRaises[0].state").value("IN_FORCE"))
                .andExpect(jsonPath("$.businessDate").value("2026-11-04"))
                .andExpect(jsonPath("$.openedAt").value("2026-11-01T02:00:00Z"));
    }

    @Test
    void shouldNeverShowAPartnerALineNorItsHistory() throws Exception {
        mvc.perform(as(PARTNER, get("/api/v1/credit-accounts/c-1"))).andExpect(forbidden());
        mvc.perform(as(PARTNER, get("/api/v1/credit-accounts/c-1/changes"))).andExpect(forbidden());
        verifyNoInteractions(accounts, changes);
    }

    @Test
    void shouldShowTheHistoryToStaffOnlyOldestFirst() throws Exception {
        mvc.perform(as(SHOP, get("/api/v1/credit-accounts/c-1/changes"))).andExpect(forbidden());
        verifyNoInteractions(changes);

        CreditAccount line = Refusals.line("1000.00");
        List<AccountChange> history = new ArrayList<>();
        history.add(line.setPermanentLimit(Money.of("6000.00"), "staff:olga", "income verified", NOW));
        history.add(line.changeStatus(AccountStatus.FROZEN, "collections", "90 days past due", NOW));
        when(accounts.existsById(CUSTOMER)).thenReturn(true);
        when(changes.findByCustomerIdOrderByChangedAt(CUSTOMER)).thenReturn(history);

        mvc.perform(as(VIEWER, get("/api/v1/credit-accounts/c-1/changes")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("LIMIT_CHANGED"))
                .andExpect(jsonPath("$[0].oldLimit.amount").value("1000.00"))
                .andExpect(jsonPath("$[0].newLimit.amount").value("6000.00"))
                .andExpect(jsonPath("$[0].oldStatus").isEmpty())
                .andExpect(jsonPath("$[0].actor").value("staff:olga"))
                .andExpect(jsonPath("$[0].reason").value("income verified"))
                .andExpect(jsonPath("$[1].kind").value("STATUS_CHANGED"))
                .andExpect(jsonPath("$[1].oldStatus").value("ACTIVE"))
                .andExpect(jsonPath("$[1].newStatus").value("FROZEN"))
                .andExpect(jsonPath("$[1].newLimit").isEmpty());
    }

    @Test
    void shouldAnswerAnUnknownCustomerWithA404Problem() throws Exception {
        when(accounts.findById(CUSTOMER)).thenReturn(Optional.empty());

        mvc.perform(as(SHOP, get("/api/v1/credit-accounts/c-1")))
                .andExpect(refusal(HttpStatus.NOT_FOUND, "account-not-found", NO_ACCOUNT));
        mvc.perform(as(VIEWER, get("/api/v1/credit-accounts/c-1/changes")))
                .andExpect(refusal(HttpStatus.NOT_FOUND, "account-not-found", NO_ACCOUNT));
    }

    @Test
    void shouldRefuseACustomerIdOutsideTheFormat() throws Exception {
        mvc.perform(as(SHOP, get("/api/v1/credit-accounts/c.1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        verifyNoInteractions(accounts);
    }
}
