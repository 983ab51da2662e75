package com.creditline.gateway.partner;

import com.creditline.common.id.PartnerId;
import java.time.Instant;

/** An admin ends a partner's key at once. */
record KeyRevocation(PartnerId partnerId, String keyId, String actor, Instant at) {}
