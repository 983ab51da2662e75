package com.creditline.risk.campaign.model;

import com.creditline.common.id.CustomerId;
import com.creditline.risk.scoring.Grade;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What risk-scoring knows of a customer that a campaign's segment reads: the grade of record, the
 * latest behaviour score (none before the behaviour score first looked at them), the line's opening
 * date and status as credit-limit last told it (none: ACTIVE, as every line opens), the days past
 * due now and whether their loans were charged off.
 */
public record CustomerStanding(
        CustomerId customerId,
        Grade grade,
        Integer behaviourScore,
        LocalDate lineOpenedOn,
        String lineStatus,
        int daysPastDue,
        LocalDate chargedOffOn) {

    public static final String ACTIVE = "ACTIVE";

    /** The line is open and may spend: opened by today, active, nothing past due, nothing charged off. */
    public boolean lineOpenOn(LocalDate today) {
        return lineOpenedOn != null
                && !lineOpenedOn.isAfter(today)
                && (lineStatus == null || ACTIVE.equals(lineStatus))
                && daysPastDue == 0
                && chargedOffOn == null;
    }

    /** Whole months since the line opened, as the behaviour snapshot counts them. */
    public int monthsOnBook(LocalDate today) {
        return lineOpenedOn == null ? 0 : (int) ChronoUnit.MONTHS.between(lineOpenedOn, today);
    }
}
