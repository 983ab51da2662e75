package com.creditline.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The platform's id of an installment plan, chosen by checkout when a capture opens the plan. */
public record PlanId(UUID value) {

    public PlanId {
        Objects.requireNonNull(value, "a plan id");
    }

    public static PlanId random() {
        return new PlanId(UUID.randomUUID());
    }

    @JsonCreator
    public static PlanId of(String value) {
        return new PlanId(UUID.fromString(value));
    }

    public static PlanId of(UUID value) {
        return new PlanId(value);
    }

    @JsonValue
    @Override
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
