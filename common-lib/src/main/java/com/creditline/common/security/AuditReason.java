package com.creditline.common.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Audit-Reason} header as its writer meant it. A header carries only ASCII as it is, so a
 * reason in another script (Chinese, from the operations console) comes as RFC 8187's
 * {@code UTF-8''} followed by the percent-encoded UTF-8 bytes; any other value is taken as it is.
 */
public final class AuditReason {

    public static final String HEADER = "Audit-Reason";

    private static final String UTF_8_PREFIX = "UTF-8''";

    private AuditReason() {}

    /** The reason decoded; null when absent or when its {@code UTF-8''} form does not decode. */
    public static String decoded(String header) {
        if (header == null || !header.regionMatches(true, 0, UTF_8_PREFIX, 0, UTF_8_PREFIX.length())) {
            return header;
        }
        try {
            return URLDecoder.decode(
                    header.substring(UTF_8_PREFIX.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notPercentEncoded) {
            return null;
        }
    }
}
