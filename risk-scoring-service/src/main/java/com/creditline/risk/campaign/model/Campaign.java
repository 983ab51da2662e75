package com.creditline.risk.campaign.model;

import java.time.Instant;
import java.time.LocalDate;

/** A festival campaign as launched: what it offers to whom and when, who launched it and why. */
public record Campaign(
        CampaignId id,
        String name,
        Segment segment,
        Raise raise,
        CampaignPeriod period,
        String launchedBy,
        String reason,
        LocalDate launchedOn,
        Instant launchedAt) {}
