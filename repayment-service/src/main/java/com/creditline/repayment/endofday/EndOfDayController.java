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
    private final BusinessClock clock;

    EndOfDayController(EndOfDay endOfDay, BusinessClock clock) {
        this.endOfDay = endOfDay;
        this.clock = clock;
    }

    record RunEndOfDay(@NotNull LocalDate runThrough) {}

    record BusinessDateView(LocalDate businessDate, LocalDate lastEndOfDay) {}

    /** Processes every business date not processed yet through {@code runThrough}; a repeat does nothing. */
    @PostMapping("/end-of-day")
    @PreAuthorize(Access.ADMIN)
    EndOfDayReport run(@Valid @RequestBody RunEndOfDay request) {
        return endOfDay.runThrough(request.runThrough());
    }

    @GetMapping("/business-date")
    @PreAuthorize(Access.STAFF)
    BusinessDateView businessDate() {
        return new BusinessDateView(
                clock.businessDate(), endOfDay.lastEndOfDay().orElse(null));
    }
}
