package com.creditline.repayment.endofday;

import com.creditline.common.security.Access;
import com.creditline.common.time.BusinessClock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations: an admin runs end of day through a date; any staff member reads the business date. */
@RestController
@RequestMapping("/api/v1/admin")
class EndOfDayController {

    private final EndOfDay endOfDay;
    private final EndOfDayCalendarGuard calendarGuard;
    private final BusinessClock clock;

    EndOfDayController(EndOfDay endOfDay, EndOfDayCalendarGuard calendarGuard, BusinessClock clock) {
        this.endOfDay = endOfDay;
        this.calendarGuard = calendarGuard;
        this.clock = clock;
    }

    /**
     * {@code allowAheadOfCalendar}: run past today's calendar date by more than the allowed days
     * (tests and demos that move the business date on); absent is false.
     */
    record RunEndOfDay(@NotNull LocalDate runThrough, Boolean allowAheadOfCalendar) {}

    record BusinessDateView(LocalDate businessDate, LocalDate lastEndOfDay) {}

    /** Processes every business date not processed yet through {@code runThrough}; a repeat does nothing. */
    @PostMapping("/end-of-day")
    @PreAuthorize(Access.ADMIN)
    EndOfDayReport run(@Valid @RequestBody RunEndOfDay request) {
        calendarGuard.check(request.runThrough(), Boolean.TRUE.equals(request.allowAheadOfCalendar()));
        return endOfDay.runThrough(request.runThrough());
    }

    @GetMapping("/business-date")
    @PreAuthorize(Access.STAFF)
    BusinessDateView businessDate() {
        return new BusinessDateView(
                clock.businessDate(), endOfDay.lastEndOfDay().orElse(null));
    }
}
