package com.creditline.events.risk;

import com.creditline.common.event.CustomerEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A festival campaign found the customer eligible: their line should carry a temporary raise from
 * {@code startsOn} to {@code endsOn} (inclusive), of {@code percent} of the permanent limit or of a
 * fixed {@code amount} in yuan (exactly one of the two is set), within the product's ceiling. The
 * credit line places it once per campaign and customer, whatever the redelivery.
 */
public record CampaignRaiseOffered(
        String campaignId,
        String campaignName,
        String customerId,
        BigDecimal percent,
        BigDecimal amount,
        LocalDate startsOn,
        LocalDate endsOn)
        implements CustomerEvent {

    @Override
    public String aggregateId() {
        return customerId;
    }
}
