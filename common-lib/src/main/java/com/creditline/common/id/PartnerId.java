package com.creditline.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The id of a partner platform, the one its API keys carry. */
public record PartnerId(String value) {

    public PartnerId {
        TextId.require(value, "a partner id");
    }

    @JsonCreator
    public static PartnerId of(String value) {
        return new PartnerId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
