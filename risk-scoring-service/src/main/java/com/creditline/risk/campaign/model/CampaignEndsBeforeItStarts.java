package com.creditline.risk.campaign.model;

import com.creditline.common.error.RuleViolation;

/** A campaign's end date is before its start date. */
public class CampaignEndsBeforeItStarts extends RuleViolation {

    public CampaignEndsBeforeItStarts() {
        super("A campaign ends on or after the day it starts.");
    }
}
