package com.creditline.common.web;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The id that ties together the log lines and events of one request across services. It travels
 * as the {@value #HEADER} header and in every event envelope, and sits in the logging MDC under
 * {@value #MDC_KEY} while work for it runs.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private CorrelationId() {}

    /** The caller's id when it is well formed, otherwise a fresh one. */
    public static String acceptOrCreate(String candidate) {
        return candidate != null && ACCEPTED.matcher(candidate).matches() ? candidate : create();
    }

    public static String create() {
        return UUID.randomUUID().toString();
    }

    /** The id of the work running on this thread, or null outside any request or event. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
