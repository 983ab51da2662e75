package com.creditline.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.test.RealInfrastructure;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Admission at the gateway: risk-scoring's route takes three requests at once, and a stub replica
 * holds every request until released. The fourth is refused at once with 503, {@code Retry-After}
 * and an {@code overloaded} problem, without reaching the replica; once the three are answered the
 * route admits again.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"creditline.admission.max-in-flight.risk-scoring=3", "creditline.admission.retry-after=2s"})
@RealInfrastructure(kafka = false)
class GatewayAdmissionTest {

    static final HeldReplica REPLICA = new HeldReplica();

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.risk-scoring[0].uri", REPLICA::url);
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @AfterAll
    static void stopReplica() {
        REPLICA.release();
        REPLICA.server.stop(0);
    }

    @Test
    void shouldRefuseAtOnceWhatARouteCannotTakeAndAdmitAgainOnceAnswered() throws Exception {
        RestClient shop = LocalTokens.asShop(port);
        ExecutorService callers = Executors.newFixedThreadPool(3);
        List<CompletableFuture<ResponseEntity<String>>> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            held.add(CompletableFuture.supplyAsync(() -> get(shop, "/api/v1/applications/held"), callers));
        }
        // Within the gateway's 10 s response timeout, which would answer the held requests itself.
        REPLICA.awaitHolding(3);

        ResponseEntity<String> refused = get(shop, "/api/v1/applications/refused");

        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("2");
        assertThat(refused.getBody()).contains("https://problems.creditline.dev/overloaded");
        assertThat(REPLICA.received.get())
                .as("the refused request never reached the service")
                .isEqualTo(3);
        assertThat(meters.get("creditline.gateway.admission.refused")
                        .tag("route", "risk-scoring")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(inFlight()).isEqualTo(3);

        REPLICA.release();
        for (CompletableFuture<ResponseEntity<String>> answer : held) {
            assertThat(answer.get(30, TimeUnit.SECONDS).getStatusCode().value()).isEqualTo(200);
        }
        assertThat(get(shop, "/api/v1/applications/after").getStatusCode().value())
                .isEqualTo(200);
        assertThat(inFlight()).isZero();
        callers.shutdown();
    }

    private double inFlight() {
        return meters.get("creditline.gateway.admission.in.flight")
                .tag("route", "risk-scoring")
                .gauge()
                .value();
    }

    private static ResponseEntity<String> get(RestClient client, String path) {
        return client.get()
                .uri(path)
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(String.class);
    }

    /** A stand-in replica of risk-scoring that holds every request until released. */
    static final class HeldReplica {
        final HttpServer server;
        final AtomicInteger received = new AtomicInteger();
        final CountDownLatch released = new CountDownLatch(1);

        HeldReplica() {
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                received.incrementAndGet();
                try {
                    released.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        void awaitHolding(int requests) {
            await().atMost(Duration.ofSeconds(5)).until(() -> received.get() == requests);
        }

        void release() {
            released.countDown();
        }

        String url() {
            return "http://localhost:" + server.getAddress().getPort();
        }
    }
}
