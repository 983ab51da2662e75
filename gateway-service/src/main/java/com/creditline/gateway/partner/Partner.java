package com.creditline.gateway.partner;

import java.time.Instant;

/** A partner platform that ops have registered. */
public record Partner(String partnerId, String name, Instant createdAt, String createdBy) {}
