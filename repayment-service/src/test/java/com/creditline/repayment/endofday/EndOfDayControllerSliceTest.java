package com.creditline.repayment.endofday;

import static com.creditline.repayment.CallerRequests.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import com.creditline.common.time.BusinessClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The end-of-day endpoints' web layer: only an admin runs end of day, any staff member reads the
 * business date, a run needs its date, and the calendar guard (real, on a fixed clock) refuses a
 * run more than a day past today's calendar date unless the request says it means it. The run
 * itself is a mock; {@code RepaymentJourneyIT} and the end-of-day ITs run it on a real database.
 */
@ServiceWebSlice(EndOfDayController.class)
class EndOfDayControllerSliceTest {

    /** 10:00 in Shanghai on the calendar date 2026-03-10; the business date lags a day behind. */
    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

    static final LocalDate CALENDAR_DATE = LocalDate.of(2026, 3, 10);
    static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 3, 9);
    static final Caller ADMIN = TestCallers.staff("ada", "ADMIN");

    @TestConfiguration
    @EnableConfigurationProperties(EndOfDayProperties.class)
    @Import(EndOfDayCalendarGuard.class)
    static class FixedClock {

        @Bean
        BusinessClock businessClock() {
            return BusinessClock.fixed(NOW, BUSINESS_DATE);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EndOfDay endOfDay;

    @MockitoBean
    EndOfDayRuns runs;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(post("/api/v1/admin/end-of-day")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(run(CALENDAR_DATE)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        verifyNoInteractions(endOfDay);
    }

    @Test
    void shouldLeaveEndOfDayToAnAdmin() throws Exception {
        for (Caller refused : List.of(
                TestCallers.staff("olga", "CREDIT_OFFICER"),
                TestCallers.staff("colin", "COLLECTOR"),
                Caller.client("shop", List.of("customers:read", "repayments:write")))) {
            mvc.perform(as(refused, post("/api/v1/admin/end-of-day"), run(CALENDAR_DATE)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/forbidden"))
                    .andExpect(jsonPath("$.status").value(403));
        }
        verifyNoInteractions(endOfDay);

        when(endOfDay.runThrough(CALENDAR_DATE, "staff:ada"))
                .thenReturn(new EndOfDayReport(
                        CALENDAR_DATE,
                        CALENDAR_DATE,
                        List.of(new DayClosed(CALENDAR_DATE, 2, 1, Money.of("0.51"), 1, 3, 12))));
        mvc.perform(as(ADMIN, post("/api/v1/admin/end-of-day"), run(CALENDAR_DATE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.businessDate").value("2026-03-10"))
                .andExpect(jsonPath("$.processed[0].installmentsOverdue").value(2))
                .andExpect(jsonPath("$.processed[0].lateFeeTotal.amount").value("0.51"));
    }

    @Test
    void shouldRequireTheDateToRunThrough() throws Exception {
        mvc.perform(as(ADMIN, post("/api/v1/admin/end-of-day"), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/invalid-request"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("The request has invalid fields."))
                .andExpect(jsonPath("$.errors[0].field").value("runThrough"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be null"));
        mvc.perform(as(ADMIN, post("/api/v1/admin/end-of-day"), "{\"runThrough\":\"10/03/2026\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/malformed-request"))
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON for this endpoint."));
        verifyNoInteractions(endOfDay);
    }

    @Test
    void shouldRefuseARunMoreThanADayPastTheCalendarUnlessAskedTo() throws Exception {
        LocalDate twoDaysAhead = CALENDAR_DATE.plusDays(2);
        mvc.perform(as(ADMIN, post("/api/v1/admin/end-of-day"), run(twoDaysAhead)))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/end-of-day-ahead-of-calendar"))
                .andExpect(jsonPath("$.title").value("Unprocessable Content"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail")
                        .value("End of day through 2026-03-12 would run more than 1 day(s) past today's calendar"
                                + " date 2026-03-10; if that is meant (a test or a demo), send"
                                + " \"allowAheadOfCalendar\": true."));
        verifyNoInteractions(endOfDay);

        when(endOfDay.runThrough(any(), any())).thenReturn(new EndOfDayReport(BUSINESS_DATE, null, List.of()));
        mvc.perform(as(ADMIN, post("/api/v1/admin/end-of-day"), run(CALENDAR_DATE.plusDays(1))))
                .andExpect(status().isOk());
        mvc.perform(as(
                        ADMIN,
                        post("/api/v1/admin/end-of-day"),
                        "{\"runThrough\":\"%s\",\"allowAheadOfCalendar\":true}".formatted(twoDaysAhead)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.processed").isEmpty());
    }

    @Test
    void shouldAnswerARunOverTooManyDatesWithA422Problem() throws Exception {
        when(endOfDay.runThrough(CALENDAR_DATE, "staff:ada"))
                .thenThrow(new EndOfDayRangeTooLong(CALENDAR_DATE.minusDays(400), CALENDAR_DATE, 400));
        mvc.perform(as(ADMIN, post("/api/v1/admin/end-of-day"), run(CALENDAR_DATE)))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/end-of-day-range-too-long"))
                .andExpect(jsonPath("$.detail")
                        .value("End of day from 2025-02-03 through 2026-03-10 is more than 400 business dates;"
                                + " run it in steps."));
    }

    @Test
    void shouldLetAnyStaffMemberButNoShopReadTheBusinessDate() throws Exception {
        when(endOfDay.lastEndOfDay()).thenReturn(Optional.of(BUSINESS_DATE));
        mvc.perform(as(TestCallers.staff("vera", "VIEWER"), get("/api/v1/admin/business-date")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.businessDate").value("2026-03-09"))
                .andExpect(jsonPath("$.lastEndOfDay").value("2026-03-09"));
        mvc.perform(as(Caller.client("shop", List.of("customers:read")), get("/api/v1/admin/business-date")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void shouldLeaveTheLastEndOfDayOutBeforeTheFirstRun() throws Exception {
        when(endOfDay.lastEndOfDay()).thenReturn(Optional.empty());
        mvc.perform(as(TestCallers.staff("vera", "VIEWER"), get("/api/v1/admin/business-date")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.businessDate").value("2026-03-09"))
                .andExpect(jsonPath("$.lastEndOfDay").doesNotExist());
    }

    private static String run(LocalDate through) {
        return "{\"runThrough\":\"%s\"}".formatted(through);
    }

    @Test
    void shouldLetAnyStaffMemberReadTheRunsWithinALimit() throws Exception {
        when(runs.latest(50))
                .thenReturn(List.of(new EndOfDayRuns.EndOfDayRun(
                        7,
                        BUSINESS_DATE,
                        "schedule",
                        NOW,
                        NOW.plusMillis(1234),
                        1234L,
                        BUSINESS_DATE,
                        BUSINESS_DATE,
                        1,
                        EndOfDayRuns.Outcome.COMPLETED,
                        null)));
        mvc.perform(as(TestCallers.staff("vera", "VIEWER"), get("/api/v1/admin/end-of-day/runs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].runId").value(7))
                .andExpect(jsonPath("$[0].durationMillis").value(1234))
                .andExpect(jsonPath("$[0].firstDate").value("2026-03-09"))
                .andExpect(jsonPath("$[0].outcome").value("COMPLETED"));
        mvc.perform(as(ADMIN, get("/api/v1/admin/end-of-day/runs?limit=501")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/invalid-request"));
        mvc.perform(as(Caller.client("shop", List.of("customers:read")), get("/api/v1/admin/end-of-day/runs")))
                .andExpect(status().isForbidden());
    }
}
