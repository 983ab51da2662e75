package com.creditline.risk.campaign.model;

import com.creditline.common.error.RuleViolation;

/** A campaign would run longer than a festival's raise may. */
public class CampaignTooLong extends RuleViolation {

    public CampaignTooLong() {
        super("A campaign runs at most " + CampaignPeriod.MAXIMUM_DAYS + " days, start and end included.");
    }
}
