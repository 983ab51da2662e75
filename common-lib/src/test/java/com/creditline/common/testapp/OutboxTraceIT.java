package com.creditline.common.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox carries the trace of the transaction that wrote an event across Kafka: the relay
 * sends it in that trace (not its own), and the consumer's handler runs in it.
 */
@OutboxApp
class OutboxTraceIT {

    @Autowired
    Notes notes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tracer tracer;

    @Autowired
    FinishedSpans finishedSpans;

    @Test
    void shouldContinueTheWritersTraceInTheProducerAndTheConsumer() {
        String noteId = "note-" + UUID.randomUUID();
        Span writer = tracer.nextSpan().name("write note").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(writer)) {
            notes.write(noteId, "customer-traced", false);
        } finally {
            writer.end();
        }
        String traceId = writer.context().traceId();

        assertThat(envelopeTraceParent(noteId))
                .isEqualTo("00-" + traceId + "-" + writer.context().spanId() + "-01");
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedTraceParent(noteId) != null);
        // The handler's own work (its insert, any event it appends) is in the writer's trace.
        assertThat(receivedTraceParent(noteId)).startsWith("00-" + traceId + "-");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<SpanData> trace = finishedSpans.ofTrace(traceId);
            SpanData producer = only(trace, SpanKind.PRODUCER);
            SpanData consumer = only(trace, SpanKind.CONSUMER);
            assertThat(producer.getParentSpanId()).isEqualTo(writer.context().spanId());
            assertThat(consumer.getParentSpanId()).isEqualTo(producer.getSpanId());
            assertThat(receivedTraceParent(noteId)).contains(consumer.getSpanId());
        });
    }

    @Test
    void shouldRelayAnEventWrittenOutsideAnyTrace() {
        String noteId = "note-" + UUID.randomUUID();

        notes.write(noteId, "customer-untraced", false);

        assertThat(envelopeTraceParent(noteId)).isNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedTraceParent(noteId) != null);
        String consumerTrace = receivedTraceParent(noteId).split("-")[1];
        assertThat(consumerTrace).isNotEqualTo("0".repeat(32));
    }

    private static SpanData only(List<SpanData> trace, SpanKind kind) {
        List<SpanData> ofKind = trace.stream().filter(s -> s.getKind() == kind).toList();
        assertThat(ofKind).as("%s spans in %s", kind, trace).hasSize(1);
        return ofKind.getFirst();
    }

    private String envelopeTraceParent(String noteId) {
        return jdbc.queryForObject(
                "SELECT envelope->>'traceParent' FROM outbox_event WHERE envelope->'payload'->>'noteId' = ?",
                String.class,
                noteId);
    }

    private String receivedTraceParent(String noteId) {
        List<String> found = jdbc.queryForList(
                "SELECT coalesce(trace_parent, '') FROM received_note WHERE note_id = ?", String.class, noteId);
        return found.isEmpty() ? null : found.getFirst();
    }
}
