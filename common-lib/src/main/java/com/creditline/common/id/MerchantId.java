package com.creditline.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A merchant's id, chosen by ops at enrolment in checkout and its name for good on the platform: a
 * slug of 3-40 characters.
 */
public record MerchantId(String value) {

    /** Lowercase letters, digits and inner hyphens, 3 to 40 characters; also for {@code @Pattern}. */
    public static final String FORMAT = "^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$";

    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    public MerchantId {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a merchant id is 3-40 lowercase letters, digits and inner hyphens, such as 'mi-store'");
        }
    }

    @JsonCreator
    public static MerchantId of(String value) {
        return new MerchantId(value);
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
