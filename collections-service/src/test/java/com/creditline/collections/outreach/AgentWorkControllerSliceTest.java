package com.creditline.collections.outreach;

import static com.creditline.collections.Callers.ADMIN;
import static com.creditline.collections.Callers.COLLECTOR;
import static com.creditline.collections.Callers.CREDIT_OFFICER;
import static com.creditline.collections.Callers.PARTNER;
import static com.creditline.collections.Callers.PROBLEMS;
import static com.creditline.collections.Callers.SHOP;
import static com.creditline.collections.Callers.VIEWER;
import static com.creditline.collections.Callers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.collections.outreach.model.CaseAssignment;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The work queue's web layer alone: a collector (or an admin) claims, releases and records calls,
 * only an admin assigns, every change needs its Audit-Reason (decoded from RFC 8187's form), and
 * the agent is the staff user's name. The work itself runs on real infrastructure in {@link AgentWorkIT}.
 */
@ServiceWebSlice(AgentWorkController.class)
class AgentWorkControllerSliceTest {

    static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-00000000ca5e");
    static final String PATH = "/api/v1/admin/collections/cases/" + CASE;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AgentWork work;

    @Test
    void shouldLetOnlyCollectorsAndAdminsClaimAndOnlyAdminsAssign() throws Exception {
        for (Caller refused : List.of(CREDIT_OFFICER, VIEWER, SHOP, PARTNER)) {
            mvc.perform(as(refused, post(PATH + "/claim")).header("Audit-Reason", "working it"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(PROBLEMS + "forbidden"));
            mvc.perform(as(refused, post(PATH + "/calls"), "{\"outcome\":\"REACHED\"}")
                            .header("Audit-Reason", "called"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(as(COLLECTOR, put(PATH + "/assignee"), "{\"agent\":\"celia\"}")
                        .header("Audit-Reason", "celia's now"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(work);

        CaseAssignment held = CaseAssignment.unheld(CASE);
        held.assign("celia", "ada", "colin is away", Instant.parse("2026-03-02T02:00:00Z"));
        when(work.assign(eq(CASE), eq("celia"), eq("ada"), eq("colin is away"))).thenReturn(held);
        mvc.perform(as(ADMIN, put(PATH + "/assignee"), "{\"agent\":\"celia\"}").header("Audit-Reason", "colin is away"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(CASE.toString()))
                .andExpect(jsonPath("$.assignee").value("celia"))
                .andExpect(jsonPath("$.changedBy").value("ada"))
                .andExpect(jsonPath("$.reason").value("colin is away"));
    }

    @Test
    void shouldClaimForTheStaffUserWithTheReasonDecoded() throws Exception {
        CaseAssignment held = CaseAssignment.unheld(CASE);
        held.claim("colin", "收到", Instant.parse("2026-03-02T02:00:00Z"));
        when(work.claim(any(), any(), any())).thenReturn(held);

        mvc.perform(as(COLLECTOR, post(PATH + "/claim")).header("Audit-Reason", "UTF-8''%E6%94%B6%E5%88%B0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value("colin"));
        verify(work).claim(CASE, "colin", "收到");
    }

    @Test
    void shouldRefuseAChangeWithoutAReasonOrWithABadBody() throws Exception {
        mvc.perform(as(COLLECTOR, post(PATH + "/claim"))).andExpect(status().isBadRequest());
        mvc.perform(as(COLLECTOR, post(PATH + "/claim")).header("Audit-Reason", "  "))
                .andExpect(status().isBadRequest());
        mvc.perform(as(COLLECTOR, post(PATH + "/calls"), "{\"outcome\":\"HUNG_UP\"}")
                        .header("Audit-Reason", "called"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(ADMIN, put(PATH + "/assignee"), "{\"agent\":\"not a name\"}")
                        .header("Audit-Reason", "x"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(work);
    }
}
