package com.creditline.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The merchant's id of an order, unique per shop; the order a hold, a plan and a payment belong to. */
public record OrderId(String value) {

    public OrderId {
        TextId.require(value, "an order id");
    }

    @JsonCreator
    public static OrderId of(String value) {
        return new OrderId(value);
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
