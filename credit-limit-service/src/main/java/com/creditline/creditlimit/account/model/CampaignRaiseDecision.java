package com.creditline.creditlimit.account.model;

import com.creditline.common.money.Money;
import java.time.LocalDate;

/**
 * What a line makes of a campaign's offer: the raise it places (what the campaign asks, capped so
 * that the limit stays within the ceiling on every day of the raise), or nothing, and why. Only an
 * ACTIVE line takes a campaign raise, and only one that has not ended yet.
 *
 * @param amount the raise to place; null when nothing is placed
 * @param why the reason the line's history gives for the decision
 */
record CampaignRaiseDecision(Money amount, String why) {

    static CampaignRaiseDecision of(
            CampaignRaiseOffer offer,
            AccountStatus status,
            Money permanentLimit,
            RaiseCalendar calendar,
            LocalDate today) {
        String offered = "offer of campaign " + offer.campaignId();
        if (status != AccountStatus.ACTIVE) {
            return notPlaced(offered + " not placed: the line is " + status);
        }
        if (offer.endsOn().isBefore(today)) {
            return notPlaced(offered + " not placed: it ended on " + offer.endsOn() + ", before the business date");
        }
        Money asked = offer.askedOf(permanentLimit);
        if (!asked.isPositive()) {
            return notPlaced(offered + " not placed: it comes to less than 1 yuan on a limit of " + permanentLimit);
        }
        Money room = calendar.roomUnderCeiling(offer.startsOn(), offer.endsOn());
        if (!room.isPositive()) {
            return notPlaced(offered + " not placed: the line is at the ceiling of " + CreditAccount.MAXIMUM_LIMIT
                    + " between " + offer.startsOn() + " and " + offer.endsOn());
        }
        if (asked.isGreaterThan(room)) {
            return new CampaignRaiseDecision(
                    room,
                    offered + ", capped at the ceiling of " + CreditAccount.MAXIMUM_LIMIT + " (offered " + asked + ")");
        }
        return new CampaignRaiseDecision(asked, offered);
    }

    private static CampaignRaiseDecision notPlaced(String why) {
        return new CampaignRaiseDecision(null, why);
    }

    boolean placed() {
        return amount != null;
    }
}
