package com.creditline.creditlimit.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.ServiceTokens;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * The reconciliation reads its peers' internal endpoints with this service's own peer token: a
 * stand-in peer records what arrives, and the token it got opens an internal endpoint of a real
 * service (this one). Same context as the module's other web tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ReconcilerPeerTokenIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BusinessClock clock;

    @Autowired
    ServiceTokens serviceTokens;

    @Test
    void shouldSendAPeerTokenThatAPeerTrustsToTheInternalEndpoints() throws Exception {
        Map<String, String> received = new ConcurrentHashMap<>();
        HttpServer peer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        peer.createContext("/internal/", exchange -> {
            received.put(
                    exchange.getRequestURI().getPath(),
                    String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] none = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, none.length);
            exchange.getResponseBody().write(none);
            exchange.close();
        });
        peer.start();
        try {
            String url = "http://localhost:" + peer.getAddress().getPort();
            new Reconciler(jdbc, clock, url, url, serviceTokens, RestClient.builder(), new SimpleMeterRegistry()).run();
        } finally {
            peer.stop(0);
        }

        assertThat(received)
                .containsOnlyKeys(
                        "/internal/v1/reconciliation/ledger-totals", "/internal/v1/reconciliation/order-totals");
        String authorization = received.get("/internal/v1/reconciliation/ledger-totals");
        assertThat(authorization).startsWith("Bearer ");
        int status = TestHttp.anonymous(port)
                .get()
                .uri("/internal/v1/credit-accounts/{c}/holds/{o}", "no-such-customer", "no-such-order")
                .header("Authorization", authorization)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value();
        assertThat(status).as("a peer's internal endpoint accepts the token").isEqualTo(404);
    }
}
