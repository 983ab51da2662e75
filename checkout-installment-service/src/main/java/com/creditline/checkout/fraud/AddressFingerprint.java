package com.creditline.checkout.fraud;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** What is kept of a shipping address: its SHA-256 fingerprint in lower-case hex (docs/fraud.md). */
public record AddressFingerprint(String value) {

    public static final String FORMAT = "[0-9a-f]{64}";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    public AddressFingerprint {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("an address fingerprint is 64 lower-case hex digits");
        }
    }

    @JsonCreator
    public static AddressFingerprint of(String value) {
        return new AddressFingerprint(value);
    }

    @JsonValue
    public String value() {
        return value;
    }
}
