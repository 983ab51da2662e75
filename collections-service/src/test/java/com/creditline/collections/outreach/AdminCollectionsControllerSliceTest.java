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
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.common.delinquency.DelinquencyBucket;
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

/**
 * The operations endpoints' web layer alone: only a collector (or an admin) runs the processing
 * step, any staff member reads the agents' queue, and what each answers. The processing itself runs
 * on real infrastructure in {@code CollectionsFlowIT} and {@link ContactSendingIT}.
 */
@ServiceWebSlice(AdminCollectionsController.class)
class AdminCollectionsControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ContactProcessing processing;

    @MockitoBean
    AgentQueueEntries queue;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(post("/api/v1/admin/collections/run"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "unauthenticated"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/admin/collections/queue")).andExpect(status().isUnauthorized());
        verifyNoInteractions(processing, queue);
    }

    @Test
    void shouldLetOnlyACollectorOrAnAdminRunTheProcessingAndSayWhatItDid() throws Exception {
        for (Caller refused : List.of(CREDIT_OFFICER, VIEWER, SHOP, PARTNER)) {
            mvc.perform(as(refused, post("/api/v1/admin/collections/run")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(PROBLEMS + "forbidden"))
                    .andExpect(jsonPath("$.status").value(403));
        }
        verifyNoInteractions(processing);

        when(processing.run())
                .thenReturn(new RunReport(LocalDate.of(2026, 3, 2), Instant.parse("2026-03-02T02:00:00Z"), 1, 3, 2, 4));
        for (Caller allowed : List.of(COLLECTOR, ADMIN)) {
            mvc.perform(as(allowed, post("/api/v1/admin/collections/run")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.businessDate").value("2026-03-02"))
                    .andExpect(jsonPath("$.decidedAt").value("2026-03-02T02:00:00Z"))
                    .andExpect(jsonPath("$.promisesBroken").value(1))
                    .andExpect(jsonPath("$.sent").value(3))
                    .andExpect(jsonPath("$.deferred").value(2))
                    .andExpect(jsonPath("$.skipped").value(4));
        }
    }

    @Test
    void shouldShowTheAgentsQueueToStaffButNotToTheShopOrAPartner() throws Exception {
        UUID attemptId = UUID.fromString("00000000-0000-0000-0000-0000000a7e00");
        UUID caseId = UUID.fromString("00000000-0000-0000-0000-00000000ca5e");
        when(queue.entries(any()))
                .thenReturn(List.of(new AgentQueueEntry(
                        attemptId,
                        caseId,
                        CustomerId.of("c-15"),
                        DelinquencyBucket.M1,
                        15,
                        Money.of("640.00"),
                        Instant.parse("2026-03-02T02:00:00Z"),
                        "colin",
                        null,
                        null)));

        for (Caller refused : List.of(SHOP, PARTNER)) {
            mvc.perform(as(refused, get("/api/v1/admin/collections/queue")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(PROBLEMS + "forbidden"));
        }
        for (Caller staff : List.of(VIEWER, CREDIT_OFFICER, COLLECTOR)) {
            mvc.perform(as(staff, get("/api/v1/admin/collections/queue")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(1))
                    .andExpect(jsonPath("$[0].attemptId").value(attemptId.toString()))
                    .andExpect(jsonPath("$[0].caseId").value(caseId.toString()))
                    .andExpect(jsonPath("$[0].customerId").value("c-15"))
                    .andExpect(jsonPath("$[0].bucket").value("M1"))
                    .andExpect(jsonPath("$[0].daysPastDue").value(15))
                    .andExpect(jsonPath("$[0].overdueAmount.amount").value("640.00"))
                    .andExpect(jsonPath("$[0].queuedAt").value("2026-03-02T02:00:00Z"))
                    .andExpect(jsonPath("$[0].assignee").value("colin"))
                    .andExpect(jsonPath("$[0].promisedDate").isEmpty());
        }
    }
}
