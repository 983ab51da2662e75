package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A festival campaign offers a customer a dated raise (both days included): {@code percent} of the
 * permanent limit (20 is 20%), or a fixed {@code amount}; exactly one of the two is set.
 */
public record CampaignRaiseOffer(
        CustomerId customerId,
        String campaignId,
        String campaignName,
        BigDecimal percent,
        Money amount,
        LocalDate startsOn,
        LocalDate endsOn) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CampaignRaiseOffer {
        Objects.requireNonNull(campaignId, "campaignId");
        if ((percent == null) == (amount == null)) {
            throw new IllegalArgumentException("a campaign offers a percent or an amount, exactly one of the two");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a raise ends on or after the day it starts");
        }
    }

    /**
     * What the campaign asks for on a line: the fixed amount, or the percent of the permanent limit
     * rounded down to the whole yuan (never more than the campaign offered).
     */
    Money askedOf(Money permanentLimit) {
        if (amount != null) {
            return amount;
        }
        return Money.of(permanentLimit.amount().multiply(percent).divide(HUNDRED, 0, RoundingMode.DOWN));
    }

    /** The actor of the line's changes the campaign makes, e.g. "campaign 618". */
    public String actor() {
        return actorOf(campaignName);
    }

    static String actorOf(String campaignName) {
        return "campaign " + campaignName;
    }
}
