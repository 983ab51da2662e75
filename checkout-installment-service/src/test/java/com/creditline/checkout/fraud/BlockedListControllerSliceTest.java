package com.creditline.checkout.fraud;

import static com.creditline.checkout.SliceRequests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.checkout.fraud.BlockedListKeeping.Blocked;
import com.creditline.checkout.fraud.BlockedListKeeping.Blocking;
import com.creditline.checkout.fraud.BlockedListKeeping.Unblocking;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The blocked lists' web layer: who may change and read them, the reasons they need, what they show. */
@ServiceWebSlice(BlockedListController.class)
class BlockedListControllerSliceTest {

    private static final Caller OLGA = TestCallers.staff("olga", "CREDIT_OFFICER");
    private static final Caller VERA = TestCallers.staff("vera", "VIEWER");
    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BlockedListKeeping lists;

    @Test
    void shouldLetAViewerReadButNotChangeTheLists() throws Exception {
        mvc.perform(as(VERA, post("/api/v1/admin/fraud/blocked-devices"), "{\"deviceId\":\"d-1\",\"reason\":\"r\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(VERA, delete("/api/v1/admin/fraud/blocked-devices/d-1").header("Audit-Reason", "r"), null))
                .andExpect(status().isForbidden());
        verifyNoInteractions(lists);

        when(lists.entries(BlockedList.DEVICE, 100))
                .thenReturn(List.of(new Blocked("d-1", "d-1", "fraud ring", "staff:olga", AT)));
        mvc.perform(as(VERA, get("/api/v1/admin/fraud/blocked-devices"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].deviceId").value("d-1"))
                .andExpect(jsonPath("$[0].blockedBy").value("staff:olga"));
    }

    @Test
    void shouldRefuseAChangeWithoutAReason() throws Exception {
        mvc.perform(as(OLGA, post("/api/v1/admin/fraud/blocked-devices"), "{\"deviceId\":\"d-1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(as(OLGA, delete("/api/v1/admin/fraud/blocked-devices/d-1"), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(as(OLGA, delete("/api/v1/admin/fraud/blocked-devices/d-1").header("Audit-Reason", " "), null))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(lists);
    }

    @Test
    void shouldKeepOnlyTheFingerprintAndAMaskedFormOfABlockedAddress() throws Exception {
        ShippingAddress address = new ShippingAddress("88 Nanjing Road, Shanghai");
        String fingerprint = address.fingerprint().value();
        Blocking expected = new Blocking(BlockedList.ADDRESS, fingerprint, "88 ****ai", "drop address", "staff:olga");
        when(lists.block(expected))
                .thenReturn(new BlockedListKeeping.Outcome(
                        new Blocked(fingerprint, "88 ****ai", "drop address", "staff:olga", AT), true));

        mvc.perform(as(
                        OLGA,
                        post("/api/v1/admin/fraud/blocked-addresses"),
                        "{\"address\":\"88 Nanjing Road, Shanghai\",\"reason\":\"drop address\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fingerprint").value(fingerprint))
                .andExpect(jsonPath("$.masked").value("88 ****ai"))
                .andExpect(content().string(not(containsString("Nanjing"))));
        verify(lists).block(expected);
    }

    @Test
    void shouldAnswerTheRemovalOfAnEntryNotOnTheListWithA404Problem() throws Exception {
        doThrow(new NotOnBlockedList()).when(lists).unblock(any());
        mvc.perform(as(
                        OLGA,
                        delete("/api/v1/admin/fraud/blocked-addresses/" + "a".repeat(64))
                                .header("Audit-Reason", "false positive"),
                        null))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/not-on-blocked-list"));
        verify(lists).unblock(new Unblocking(BlockedList.ADDRESS, "a".repeat(64), "false positive", "staff:olga"));
    }
}
