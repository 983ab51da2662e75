package com.creditline.common.id;

import java.util.regex.Pattern;

/**
 * The one format of the ids that callers choose (orders, captures, refunds, partners): opaque text
 * of 1-64 letters, digits, '_', '.', ':' or '-', as the API has always accepted them.
 */
public final class TextId {

    /** The format, for {@code @Pattern} on request fields. */
    public static final String FORMAT = "[A-Za-z0-9_.:-]{1,64}";

    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    private TextId() {}

    /** The value itself, or an {@link IllegalArgumentException} naming what it was meant to be. */
    static String require(String value, String what) {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " is 1-64 letters, digits, '_', '.', ':' or '-'");
        }
        return value;
    }
}
