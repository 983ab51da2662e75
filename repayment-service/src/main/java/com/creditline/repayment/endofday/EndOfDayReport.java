package com.creditline.repayment.endofday;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** The business dates a run processed (none when they were all processed before) and where it stands. */
record EndOfDayReport(
        LocalDate businessDate,

        @Schema(
                types = {"string", "null"},
                format = "date",
                nullable = true,
                description = "Absent before the first end of day.")
        LocalDate lastEndOfDay,

        List<DayClosed> processed) {}
