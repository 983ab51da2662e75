package com.creditline.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import org.junit.jupiter.api.Test;

class TraceParentTest {

    static final String WRITER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void shouldMakeTheWritersTraceCurrentWhileResumedAndRestoreTheThreadsOwnAfter() {
        assertThat(TraceParent.current()).isNull();

        try (TraceParent.Resumed resumed = TraceParent.resume(WRITER)) {
            assertThat(TraceParent.current()).isEqualTo(WRITER);
            assertThat(Span.current().getSpanContext().isRemote()).isTrue();
        }

        assertThat(TraceParent.current()).isNull();
    }

    @Test
    void shouldChangeNothingForAnEventWithoutATraceOrWithAMalformedOne() {
        for (String none :
                new String[] {null, "", "not-a-traceparent", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01"}) {
            try (TraceParent.Resumed resumed = TraceParent.resume(none)) {
                assertThat(TraceParent.current()).as(none).isNull();
            }
        }
    }
}
