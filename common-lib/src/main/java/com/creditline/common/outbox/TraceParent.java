package com.creditline.common.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.util.ClassUtils;

/**
 * The W3C {@code traceparent} of the trace an outbox event belongs to: captured where the event is
 * written (the request or the consumed event whose transaction writes it), resumed where the relay
 * sends it, so that the Kafka producer span, the record's {@code traceparent} header and the
 * consumer's span continue that trace rather than the relay's own scheduler. A service without
 * OpenTelemetry on its class path, or a write outside any span, carries none.
 */
public final class TraceParent {

    /** The W3C header, on Kafka records as on HTTP requests. */
    public static final String HEADER = "traceparent";

    private static final boolean TRACING =
            ClassUtils.isPresent("io.opentelemetry.context.Context", TraceParent.class.getClassLoader());

    private TraceParent() {}

    /** The current span's {@code traceparent}, or null when there is none. */
    public static String current() {
        return TRACING ? W3c.current() : null;
    }

    /**
     * Makes the given trace current on this thread until the returned scope is closed; with a null
     * or malformed value (an event written before tracing, or without a span) it changes nothing.
     */
    public static Resumed resume(String traceParent) {
        return TRACING && traceParent != null ? W3c.resume(traceParent) : () -> {};
    }

    /** A resumed trace: closing it restores the thread's previous context. */
    @FunctionalInterface
    public interface Resumed extends AutoCloseable {
        @Override
        void close();
    }

    /** Loaded only when OpenTelemetry is present. */
    private static final class W3c {

        private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
            @Override
            public Iterable<String> keys(Map<String, String> carrier) {
                return carrier.keySet();
            }

            @Override
            public String get(Map<String, String> carrier, String key) {
                return carrier == null ? null : carrier.get(key);
            }
        };

        static String current() {
            if (!Span.current().getSpanContext().isValid()) {
                return null;
            }
            Map<String, String> carrier = new HashMap<>(2);
            W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
            return carrier.get(HEADER);
        }

        static Resumed resume(String traceParent) {
            Context extracted = W3CTraceContextPropagator.getInstance()
                    .extract(Context.root(), Map.of(HEADER, traceParent), GETTER);
            if (!Span.fromContext(extracted).getSpanContext().isValid()) {
                return () -> {};
            }
            return extracted.makeCurrent()::close;
        }

        private W3c() {}
    }
}
