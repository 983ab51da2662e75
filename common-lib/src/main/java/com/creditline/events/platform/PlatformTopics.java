package com.creditline.events.platform;

/** The topics repayment-service's end of day (platform-wide facts) publishes to; every message is keyed by customer id. */
public final class PlatformTopics {

    /** The business date reached by end of day (key: "platform"). */
    public static final String BUSINESS_DATE = "platform.business-date.v1";

    /** The message key of platform-wide events. */
    public static final String KEY = "platform";

    private PlatformTopics() {}
}
