package com.creditline.checkout.cash.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The platform's id of a customer's bank account, chosen when it is created. */
public record BankAccountId(UUID value) {

    public BankAccountId {
        Objects.requireNonNull(value, "BankAccountId");
    }

    public static BankAccountId random() {
        return new BankAccountId(UUID.randomUUID());
    }

    @JsonCreator
    public static BankAccountId of(String value) {
        return new BankAccountId(UUID.fromString(value));
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
