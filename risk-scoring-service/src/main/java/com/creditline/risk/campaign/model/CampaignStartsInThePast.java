package com.creditline.risk.campaign.model;

import com.creditline.common.error.RuleViolation;
import java.time.LocalDate;

/** A campaign would start before today's business date. */
public class CampaignStartsInThePast extends RuleViolation {

    public CampaignStartsInThePast(LocalDate today) {
        super("A campaign starts on today's business date (" + today + ") or later.");
    }
}
