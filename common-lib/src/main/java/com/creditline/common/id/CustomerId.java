package com.creditline.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The platform's id of a customer, as the shop knows it. Opaque text of 1-64 letters, digits,
 * '-' or '_'; it is personal data, so logs show {@link #masked()} only.
 */
public record CustomerId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public CustomerId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a customer id is 1-64 letters, digits, '-' or '_'");
        }
    }

    @JsonCreator
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The first two and last two characters, enough to tell ids apart in an incident. */
    public String masked() {
        return value.length() <= 4 ? "****" : value.substring(0, 2) + "****" + value.substring(value.length() - 2);
    }

    @Override
    public String toString() {
        return masked();
    }
}
