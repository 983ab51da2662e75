package com.creditline.repayment.endofday;

import com.creditline.common.money.Money;
import java.time.LocalDate;

/** What end of day did for one business date. */
record DayClosed(
        LocalDate businessDate,
        int installmentsOverdue,
        int lateFeesCharged,
        Money lateFeeTotal,
        int delinquencyChanges,
        int reminders,
        long millis) {}
