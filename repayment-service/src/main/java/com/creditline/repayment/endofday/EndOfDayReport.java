package com.creditline.repayment.endofday;

import java.time.LocalDate;
import java.util.List;

/** The business dates a run processed (none when they were all processed before) and where it stands. */
record EndOfDayReport(LocalDate businessDate, LocalDate lastEndOfDay, List<DayClosed> processed) {}
