package com.creditline.risk.campaign;

import com.creditline.common.id.CustomerId;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.risk.CampaignRaiseOffered;
import com.creditline.events.risk.RiskTopics;
import com.creditline.risk.campaign.Campaigns.Launched;
import com.creditline.risk.campaign.model.Campaign;
import com.creditline.risk.campaign.model.CampaignId;
import com.creditline.risk.campaign.model.CampaignPeriod;
import com.creditline.risk.campaign.model.Raise;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Launches a festival campaign: checks its raise and dates, records it with who launched it and
 * why, and in the same transaction offers the raise to every customer its segment admits, one offer
 * per customer, each told to credit-limit through the outbox.
 */
@Service
class CampaignLaunch {

    private static final Logger log = LoggerFactory.getLogger(CampaignLaunch.class);

    /** Events written to the outbox per batch, so that a large segment is not held in memory twice. */
    static final int EVENTS_PER_BATCH = 1_000;

    private final Campaigns campaigns;
    private final Outbox outbox;
    private final BusinessClock clock;

    CampaignLaunch(Campaigns campaigns, Outbox outbox, BusinessClock clock) {
        this.campaigns = campaigns;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    Launched launch(LaunchCampaign command, String actor) {
        LocalDate today = clock.businessDate();
        Raise raise = Raise.of(command.raisePercent(), command.raiseAmount());
        CampaignPeriod period = CampaignPeriod.of(command.startsOn(), command.endsOn(), today);
        String name = command.name().strip();
        if (campaigns.nameTaken(name)) {
            throw new CampaignNameTaken();
        }
        Campaign campaign = new Campaign(
                CampaignId.random(),
                name,
                command.segment(),
                raise,
                period,
                actor,
                command.reason().strip(),
                today,
                clock.now());
        campaigns.add(campaign);
        List<CustomerId> offered = campaigns.offerToEligible(campaign.id(), today);
        for (int from = 0; from < offered.size(); from += EVENTS_PER_BATCH) {
            outbox.appendAll(
                    RiskTopics.DECISIONS,
                    offered.subList(from, Math.min(offered.size(), from + EVENTS_PER_BATCH)).stream()
                            .map(customer -> offer(campaign, customer))
                            .toList());
        }
        log.info(
                "campaign {} ({}) launched by {}: raise offered to {} customers",
                campaign.id(),
                name,
                actor,
                offered.size());
        return new Launched(campaign, offered.size());
    }

    private static CampaignRaiseOffered offer(Campaign campaign, CustomerId customer) {
        return new CampaignRaiseOffered(
                campaign.id().toString(),
                campaign.name(),
                customer.value(),
                campaign.raise().percent(),
                campaign.raise().amount() == null
                        ? null
                        : campaign.raise().amount().amount(),
                campaign.period().startsOn(),
                campaign.period().endsOn());
    }
}
