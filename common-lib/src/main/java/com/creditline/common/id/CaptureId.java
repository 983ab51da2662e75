package com.creditline.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The caller's id of one capture of an order (a shipment); a capture opens one plan. */
public record CaptureId(String value) {

    public CaptureId {
        TextId.require(value, "a capture id");
    }

    @JsonCreator
    public static CaptureId of(String value) {
        return new CaptureId(value);
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
