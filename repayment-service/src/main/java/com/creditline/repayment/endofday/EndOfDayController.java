package com.creditline.repayment.endofday;

import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import com.creditline.common.time.BusinessClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operations: an admin runs end of day through a date; any staff member reads the business date. */
@Tag(name = "End of day", description = "Operations: the business date and the end-of-day run that moves it.")
@RestController
@RequestMapping("/api/v1/admin")
class EndOfDayController {

    private final EndOfDay endOfDay;
    private final EndOfDayCalendarGuard calendarGuard;
    private final EndOfDayRuns runs;
    private final BusinessClock clock;

    EndOfDayController(EndOfDay endOfDay, EndOfDayCalendarGuard calendarGuard, EndOfDayRuns runs, BusinessClock clock) {
        this.endOfDay = endOfDay;
        this.calendarGuard = calendarGuard;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * {@code allowAheadOfCalendar}: run past today's calendar date by more than the allowed days
     * (tests and demos that move the business date on); absent is false.
     */
    record RunEndOfDay(@NotNull LocalDate runThrough, Boolean allowAheadOfCalendar) {}

    record BusinessDateView(
            LocalDate businessDate,

            @Schema(
                    types = {"string", "null"},
                    format = "date",
                    nullable = true,
                    description = "Absent before the first end of day.")
            LocalDate lastEndOfDay) {}

    /** Processes every business date not processed yet through {@code runThrough}; a repeat does nothing. */
    @Operation(
            summary = "Run end of day through a date",
            description = "Processes, one business date after the other, every date not processed yet up to and"
                    + " including `runThrough`, and moves the business date on. On each date: installments"
                    + " unpaid at the end of their due date become overdue; after a grace of 3 days an"
                    + " overdue installment is charged a late fee of 0.05% a day on its overdue amount, capped"
                    + " so that the plan's total cost stays within the APR cap; each customer's days past due"
                    + " become those of their oldest unpaid installment. A date already processed is not"
                    + " processed again: a repeat answers with nothing processed.")
    @ApiResponse(responseCode = "200", description = "The dates processed by this run (none on a repeat).")
    @ApiResponse(
            responseCode = "422",
            description = "The run would process more business dates than one request may; run it in steps.")
    @PostMapping("/end-of-day")
    @PreAuthorize(Access.ADMIN)
    EndOfDayReport run(@Valid @RequestBody RunEndOfDay request, Caller caller) {
        calendarGuard.check(request.runThrough(), Boolean.TRUE.equals(request.allowAheadOfCalendar()));
        return endOfDay.runThrough(request.runThrough(), caller.actor());
    }

    @Operation(
            summary = "Read the history of end-of-day runs",
            description = "The latest end-of-day runs, newest first (50 unless `limit` says otherwise, at most"
                    + " 500): who or what started each (a staff member, or `schedule`), through which date,"
                    + " when it started and finished and how long it took, the business dates it processed"
                    + " (none on a repeat) and its outcome: RUNNING, COMPLETED, NOTHING_TO_DO or FAILED (with"
                    + " the error; the dates before the failure stay processed).")
    @ApiResponse(responseCode = "200", description = "The runs, newest first.")
    @GetMapping("/end-of-day/runs")
    @PreAuthorize(Access.STAFF)
    List<EndOfDayRuns.EndOfDayRun> runs(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500.");
        }
        return runs.latest(limit);
    }

    @Operation(
            summary = "Read the business date",
            description = "The platform's business date, which every rule reads instead of the wall clock, and the"
                    + " last date end of day processed (absent before the first run).")
    @ApiResponse(responseCode = "200", description = "The business date.")
    @GetMapping("/business-date")
    @PreAuthorize(Access.STAFF)
    BusinessDateView businessDate() {
        return new BusinessDateView(
                clock.businessDate(), endOfDay.lastEndOfDay().orElse(null));
    }
}
