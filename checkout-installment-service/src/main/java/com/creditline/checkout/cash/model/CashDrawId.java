package com.creditline.checkout.cash.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The platform's id of a cash draw, chosen when it is created. */
public record CashDrawId(UUID value) {

    public CashDrawId {
        Objects.requireNonNull(value, "CashDrawId");
    }

    public static CashDrawId random() {
        return new CashDrawId(UUID.randomUUID());
    }

    @JsonCreator
    public static CashDrawId of(String value) {
        return new CashDrawId(UUID.fromString(value));
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
