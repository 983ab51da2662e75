package com.creditline.common.event;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What travels on a Kafka topic: the event's identity and metadata around its payload. Consumers
 * skip an {@code eventId} they have processed already.
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int schemaVersion,
        String aggregateId,
        String customerKey,
        Instant occurredAt,
        String correlationId,
        JsonNode payload) {}
