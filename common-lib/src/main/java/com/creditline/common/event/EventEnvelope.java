package com.creditline.common.event;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What travels on a Kafka topic: the event's identity and metadata around its payload. Consumers
 * skip an {@code eventId} they have processed already. {@code traceParent} is the W3C trace context
 * of the transaction that wrote the event (null when it had none): the outbox keeps it here, in the
 * envelope it already stores, and the relay sends it as the record's {@code traceparent} header.
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int schemaVersion,
        String aggregateId,
        String customerKey,
        Instant occurredAt,
        String correlationId,
        JsonNode payload,
        String traceParent) {}
