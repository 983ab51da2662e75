package com.creditline.gateway.ratelimit;

import com.creditline.common.security.Caller;

/**
 * What rate limiting needs to know of an authenticated caller: who it is, the bucket its requests
 * are counted against, and its own limit if it has one. Access implements it, so that rate limiting
 * does not depend on how callers authenticate.
 */
public interface RateLimitedCaller {

    Caller caller();

    /** e.g. {@code key:<key id>}, {@code client:shop}, {@code staff:alice}. */
    String rateLimitBucket();

    /** The caller's own limit (a partner key's); null for the defaults by kind. */
    Integer requestsPerMinute();
}
