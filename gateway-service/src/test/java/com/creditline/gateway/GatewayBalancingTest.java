package com.creditline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.test.RealInfrastructure;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway balances a route over the replicas of its service: three addresses for
 * risk-scoring, two stub replicas that answer and one port nobody listens on (a replica that was
 * killed). Every request is answered by a live replica, both get their share, and a request that
 * reached a replica is never sent again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(kafka = false)
class GatewayBalancingTest {

    static final Replica FIRST = new Replica("first");
    static final Replica SECOND = new Replica("second");
    static final int KILLED = freePort();

    @DynamicPropertySource
    static void replicas(DynamicPropertyRegistry registry) {
        String instances = "spring.cloud.discovery.client.simple.instances.risk-scoring";
        registry.add(instances + "[0].uri", FIRST::url);
        registry.add(instances + "[1].uri", () -> "http://localhost:" + KILLED);
        registry.add(instances + "[2].uri", SECOND::url);
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stopReplicas() {
        FIRST.server.stop(0);
        SECOND.server.stop(0);
    }

    @Test
    void shouldSpreadRequestsOverTheLiveReplicasAndPassOverTheKilledOne() {
        var shop = LocalTokens.asShop(port);
        int before = FIRST.reads.get() + SECOND.reads.get();
        for (int i = 0; i < 30; i++) {
            var response =
                    shop.get().uri("/api/v1/applications/a-" + i).retrieve().toEntity(String.class);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
        }
        assertThat(FIRST.reads.get() + SECOND.reads.get() - before).isEqualTo(30);
        assertThat(FIRST.reads.get()).isGreaterThanOrEqualTo(5);
        assertThat(SECOND.reads.get()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void shouldNotSendAgainARequestThatAReplicaAnsweredWithAnError() {
        var shop = LocalTokens.asShop(port);
        int before = FIRST.writes.get() + SECOND.writes.get();
        for (int i = 0; i < 4; i++) {
            var response = shop.post()
                    .uri("/api/v1/applications")
                    .header("Content-Type", "application/json")
                    .body("{}")
                    .retrieve()
                    .toEntity(String.class);
            assertThat(response.getStatusCode().value()).isEqualTo(500);
        }
        assertThat(FIRST.writes.get() + SECOND.writes.get() - before).isEqualTo(4);
    }

    /** A stand-in replica: answers reads with its name, fails every write, and counts both. */
    static final class Replica {
        final HttpServer server;
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();

        Replica(String name) {
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                boolean read = exchange.getRequestMethod().equals("GET");
                (read ? reads : writes).incrementAndGet();
                byte[] body = name.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(read ? 200 : 500, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://localhost:" + server.getAddress().getPort();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
