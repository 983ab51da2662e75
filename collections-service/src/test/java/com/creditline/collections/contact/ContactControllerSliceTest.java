package com.creditline.collections.contact;

import static com.creditline.collections.Callers.COLLECTOR;
import static com.creditline.collections.Callers.CREDIT_OFFICER;
import static com.creditline.collections.Callers.PARTNER;
import static com.creditline.collections.Callers.PROBLEMS;
import static com.creditline.collections.Callers.SHOP;
import static com.creditline.collections.Callers.VIEWER;
import static com.creditline.collections.Callers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.collections.contact.model.ContactAttempt;
import com.creditline.collections.contact.model.DueInstallment;
import com.creditline.collections.strategy.model.Channel;
import com.creditline.collections.strategy.model.StrategyStep;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The contact endpoints' web layer alone: who may list a customer's attempts and read or record
 * their time zone, what a time zone must be, and what each answers. Attempts and zones on real
 * infrastructure are {@code CollectionsFlowIT}'s.
 */
@ServiceWebSlice(ContactController.class)
class ContactControllerSliceTest {

    static final CustomerId CUSTOMER = CustomerId.of("c-1");
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final String TIME_ZONE = "/api/v1/admin/collections/customers/{customerId}/time-zone";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ContactAttempts attempts;

    @MockitoBean
    CustomerZoneLookup zones;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(get("/api/v1/collections/contact-attempts").param("customerId", "c-1"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "unauthenticated"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get(TIME_ZONE, "c-1")).andExpect(status().isUnauthorized());
        verifyNoInteractions(attempts, zones);
    }

    @Test
    void shouldListACustomersAttemptsToTheShopAndStaffButNeverAPartner() throws Exception {
        ContactAttempt reminder = ContactAttempt.beforeDue(
                new DueInstallment(CUSTOMER, Money.of("120.00"), LocalDate.of(2026, 3, 5)),
                new StrategyStep(-3, Channel.SMS, "reminder-due-in-3-days"),
                NOW);
        reminder.deferTo(Instant.parse("2026-03-03T00:00:00Z"), "daily cap of 3 contacts reached");
        when(attempts.findByCustomerIdOrderByCreatedAtAscStepDayAscChannelAsc(CUSTOMER))
                .thenReturn(List.of(reminder));

        for (Caller allowed : List.of(SHOP, VIEWER)) {
            mvc.perform(as(allowed, get("/api/v1/collections/contact-attempts").param("customerId", "c-1"), null))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(1))
                    .andExpect(jsonPath("$[0].attemptId").value(reminder.id().toString()))
                    .andExpect(jsonPath("$[0].caseId").isEmpty())
                    .andExpect(jsonPath("$[0].step").value("D-3"))
                    .andExpect(jsonPath("$[0].channel").value("SMS"))
                    .andExpect(jsonPath("$[0].template").value("reminder-due-in-3-days"))
                    .andExpect(jsonPath("$[0].status").value("DEFERRED"))
                    .andExpect(jsonPath("$[0].reason").value("daily cap of 3 contacts reached"))
                    .andExpect(jsonPath("$[0].scheduledFor").value("2026-03-03T00:00:00Z"))
                    .andExpect(jsonPath("$[0].deferrals").value(1));
        }
        mvc.perform(as(PARTNER, get("/api/v1/collections/contact-attempts").param("customerId", "c-1"), null))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "forbidden"));
    }

    @Test
    void shouldRefuseAMalformedCustomerIdWithA400Problem() throws Exception {
        mvc.perform(as(SHOP, get("/api/v1/collections/contact-attempts").param("customerId", "not a customer!"), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.correlationId").isNotEmpty());
        verifyNoInteractions(attempts);
    }

    @Test
    void shouldShowATimeZoneToStaffOnly() throws Exception {
        when(zones.zoneOf(CUSTOMER)).thenReturn(ZoneId.of("Asia/Shanghai"));

        mvc.perform(as(VIEWER, get(TIME_ZONE, "c-1"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerId").value("c-1"))
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"));
        for (Caller refused : List.of(SHOP, PARTNER)) {
            mvc.perform(as(refused, get(TIME_ZONE, "c-1"), null))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(PROBLEMS + "forbidden"));
        }
    }

    @Test
    void shouldLetOnlyACollectorRecordATimeZone() throws Exception {
        for (Caller refused : List.of(CREDIT_OFFICER, VIEWER, SHOP)) {
            mvc.perform(as(refused, put(TIME_ZONE, "c-1"), "{\"zone\":\"Europe/Berlin\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(PROBLEMS + "forbidden"));
        }
        verifyNoInteractions(zones);

        mvc.perform(as(COLLECTOR, put(TIME_ZONE, "c-1"), "{\"zone\":\"Europe/Berlin\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerId").value("c-1"))
                .andExpect(jsonPath("$.zone").value("Europe/Berlin"));
        verify(zones).record(CUSTOMER, ZoneId.of("Europe/Berlin"));
    }

    @Test
    void shouldRefuseAnUnknownOrBlankTimeZoneWithA400Problem() throws Exception {
        mvc.perform(as(COLLECTOR, put(TIME_ZONE, "c-1"), "{\"zone\":\"Mars/Olympus_Mons\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-request"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("not a time zone: Mars/Olympus_Mons"))
                .andExpect(jsonPath("$.correlationId").isNotEmpty());
        mvc.perform(as(COLLECTOR, put(TIME_ZONE, "c-1"), "{\"zone\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("zone"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
        verify(zones, org.mockito.Mockito.never()).record(any(), any());
    }
}
