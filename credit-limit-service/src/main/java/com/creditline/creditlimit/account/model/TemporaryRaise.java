package com.creditline.creditlimit.account.model;

import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dated raise of the limit (618, Double 11) that lapses by itself after its last day, placed by a
 * credit officer or by a festival campaign. Its start and its lapse are each recorded on the line
 * once, as the business date reaches them.
 */
@Entity
@Table(name = "temporary_raise")
public class TemporaryRaise {

    /** Who placed the raise: a credit officer (ops) or a festival campaign. */
    public enum Source {
        OPS,
        CAMPAIGN
    }

    /** Where the raise stands on a business date. */
    public enum State {
        UPCOMING,
        IN_FORCE,
        LAPSED
    }

    @Id
    private UUID raiseId;

    private Money amount;
    private LocalDate startsOn;
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private Source source;

    private String campaignId;
    private String campaignName;
    private boolean startRecorded;
    private boolean lapseRecorded;

    protected TemporaryRaise() {}

    /** A raise a credit officer places. */
    public TemporaryRaise(Money amount, LocalDate startsOn, LocalDate endsOn) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a raise is a positive amount");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a raise ends on or after the day it starts");
        }
        this.raiseId = UUID.randomUUID();
        this.amount = amount;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.source = Source.OPS;
    }

    static TemporaryRaise forCampaign(CampaignRaiseOffer offer, Money amount) {
        TemporaryRaise raise = new TemporaryRaise(amount, offer.startsOn(), offer.endsOn());
        raise.source = Source.CAMPAIGN;
        raise.campaignId = offer.campaignId();
        raise.campaignName = offer.campaignName();
        return raise;
    }

    boolean isActiveOn(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public State stateOn(LocalDate date) {
        return date.isBefore(startsOn) ? State.UPCOMING : date.isAfter(endsOn) ? State.LAPSED : State.IN_FORCE;
    }

    /** The business date has reached the first day, and the start is not on record yet. */
    boolean startDueOn(LocalDate date) {
        return !startRecorded && !date.isBefore(startsOn);
    }

    /** The business date has passed the last day, and the lapse is not on record yet. */
    boolean lapseDueOn(LocalDate date) {
        return !lapseRecorded && date.isAfter(endsOn);
    }

    void startRecorded() {
        startRecorded = true;
    }

    void lapseRecorded() {
        lapseRecorded = true;
    }

    /** How the raise reads in the line's history, e.g. "+2000.00 from 2026-11-01 to 2026-11-11 (campaign 618)". */
    String describe() {
        return "+" + amount + " from " + startsOn + " to " + endsOn + " (" + placedBy() + ")";
    }

    /** "ops", or the campaign as its actor reads: "campaign 618". */
    public String placedBy() {
        return source == Source.CAMPAIGN ? CampaignRaiseOffer.actorOf(campaignName) : "ops";
    }

    public Money amount() {
        return amount;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Source source() {
        return source;
    }

    /** The campaign that placed the raise; null for a raise ops placed. */
    public String campaignId() {
        return campaignId;
    }
}
