package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.deploy.GatewayClient.Reply;
import com.creditline.deploy.TraceReceiver.ReceivedSpan;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * One trace from the shop's checkout through the platform: the shop starts a trace and sends its
 * {@code traceparent} with the authorisation and the capture; the gateway, checkout, the hold in
 * credit-limit and, across Kafka through checkout's outbox, repayment opening the plan all join it.
 */
class TraceIT {

    static final Duration EVENTUALLY = PlatformSteps.EVENTUALLY;

    @Test
    void shouldKeepAnAuthorisationItsHoldAndThePlanItCausesInOneTrace() throws Exception {
        Platform platform = TestPlatform.get();
        GatewayClient shop = GatewayClient.asShop(platform.gatewayUrl());
        PlatformSteps steps = new PlatformSteps(shop, GatewayClient.asStaff(platform.gatewayUrl(), "alice"));
        String customer = steps.customerWithALine("trace");

        String traceId = HexFormat.of().formatHex(randomBytes(16));
        GatewayClient traced = shop.withHeader(
                "traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01");
        String order = "order-" + customer;
        Reply authorised = traced.post("/api/v1/orders/" + order + "/authorisation", """
                {"customerId":"%s","amount":{"amount":"300.00","currency":"CNY"}}""".formatted(customer));
        assertThat(authorised.status()).as(authorised.body().toString()).isEqualTo(201);
        Reply captured = traced.post("/api/v1/orders/" + order + "/captures", """
                {"captureId":"%s-c1","amount":{"amount":"300.00","currency":"CNY"},
                 "method":"FLAT_MONTHLY_FEE","installmentCount":3}""".formatted(order));
        assertThat(captured.status()).as(captured.body().toString()).isEqualTo(201);
        shop.await("/api/v1/plans?customerId=" + customer, r -> r.body().size() == 1, EVENTUALLY);

        // Spans reach the receiver in batches, each service's on its own schedule, and repayment
        // consumes more than one event of this order (the capture's, the hold's from credit-limit):
        // wait until the trace holds repayment consuming one of checkout's produced events.
        TraceReceiver traces = TestPlatform.traces();
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            List<ReceivedSpan> trace = traces.ofTrace(traceId);
            assertThat(trace)
                    .as("the trace's spans")
                    .anyMatch(span("gateway-service", "SERVER"))
                    .anyMatch(span("gateway-service", "CLIENT"))
                    .anyMatch(span("checkout-installment-service", "SERVER"))
                    .anyMatch(span("checkout-installment-service", "CLIENT"))
                    .anyMatch(span("credit-limit-service", "SERVER"));
            // The consumer continues checkout's producer span, which the outbox relay started as a
            // child of the capture's span: not a trace of the relay's own.
            List<String> produced = trace.stream()
                    .filter(span("checkout-installment-service", "PRODUCER"))
                    .map(ReceivedSpan::spanId)
                    .toList();
            assertThat(trace)
                    .as("repayment consuming an event checkout produced in this trace (produced: %s)", produced)
                    .anyMatch(span("repayment-service", "CONSUMER").and(s -> produced.contains(s.parentSpanId())));
        });
        List<ReceivedSpan> trace = traces.ofTrace(traceId);
        System.out.printf(
                "[trace-it] trace %s: %d spans from %s%n",
                traceId,
                trace.size(),
                trace.stream().map(ReceivedSpan::service).distinct().sorted().toList());
    }

    private static java.util.function.Predicate<ReceivedSpan> span(String service, String kind) {
        return s -> s.service().equals(service) && s.kind().equals("SPAN_KIND_" + kind);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
