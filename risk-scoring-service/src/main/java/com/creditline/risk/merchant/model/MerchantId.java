package com.creditline.risk.merchant.model;

import java.util.regex.Pattern;

/** A merchant's id as checkout enrolled it: a slug of 3-40 lowercase letters, digits and inner hyphens. */
public record MerchantId(String value) {

    public static final String FORMAT = "^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$";

    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    public MerchantId {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a merchant id is 3-40 lowercase letters, digits and inner hyphens, such as 'mi-store'");
        }
    }

    public static MerchantId of(String value) {
        return new MerchantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
