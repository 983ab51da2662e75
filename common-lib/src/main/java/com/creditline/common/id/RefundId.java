package com.creditline.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The caller's id of one refund of an order; a refund retried with it is taken once. */
public record RefundId(String value) {

    public RefundId {
        TextId.require(value, "a refund id");
    }

    @JsonCreator
    public static RefundId of(String value) {
        return new RefundId(value);
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
