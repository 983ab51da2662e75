package com.creditline.gateway.partner;

import com.creditline.common.id.PartnerId;
import java.time.Duration;
import java.time.Instant;

/** An admin replaces a partner's key by a successor; the old key stays valid for the overlap. */
record KeyRotation(PartnerId partnerId, String keyId, Duration overlap, String actor, Instant at) {}
