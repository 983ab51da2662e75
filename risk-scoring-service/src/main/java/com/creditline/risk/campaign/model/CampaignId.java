package com.creditline.risk.campaign.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A festival campaign's id. */
public record CampaignId(UUID value) {

    public CampaignId {
        Objects.requireNonNull(value, "value");
    }

    public static CampaignId random() {
        return new CampaignId(UUID.randomUUID());
    }

    @JsonCreator
    public static CampaignId of(UUID value) {
        return new CampaignId(value);
    }

    @JsonValue
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
