package com.creditline.risk.campaign.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The business dates a campaign's raise runs, both inclusive: starting today or later, ending on
 * or after it starts, at most 31 days in all (a festival, not a permanent raise).
 */
public record CampaignPeriod(LocalDate startsOn, LocalDate endsOn) {

    public static final int MAXIMUM_DAYS = 31;

    /** The period, or the fact that refuses it on the business date today. */
    public static CampaignPeriod of(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        if (startsOn.isBefore(today)) {
            throw new CampaignStartsInThePast(today);
        }
        if (endsOn.isBefore(startsOn)) {
            throw new CampaignEndsBeforeItStarts();
        }
        if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > MAXIMUM_DAYS) {
            throw new CampaignTooLong();
        }
        return new CampaignPeriod(startsOn, endsOn);
    }
}
