package com.creditline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.test.RealInfrastructure;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Routing through the real gateway: to a service that answers (a stub HTTP server standing in for
 * risk-scoring), and to one whose port nobody listens on (credit-limit), which must come back as a
 * 503 problem at once rather than hang. Requests come from the shop with a token of the local issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(kafka = false)
class GatewayRoutingTest {

    static final HttpServer RISK = stubService();
    static final int DEAD_PORT = freePort();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add(
                "RISK_SCORING_URL",
                () -> "http://localhost:" + RISK.getAddress().getPort());
        registry.add("CREDIT_LIMIT_URL", () -> "http://localhost:" + DEAD_PORT);
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stopStub() {
        RISK.stop(0);
    }

    RestClient http() {
        return LocalTokens.asShop(port);
    }

    @Test
    void shouldRouteToTheServiceAndPassTheCorrelationIdBothWays() {
        var response = http().get()
                .uri("/api/v1/applications/abc")
                .header("X-Correlation-Id", "corr-from-the-shop-1")
                .retrieve()
                .toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("seen corr-from-the-shop-1");
        assertThat(response.getHeaders().get("X-Correlation-Id")).containsExactly("corr-from-the-shop-1");
    }

    @Test
    void shouldCreateACorrelationIdWhenTheCallerSendsNone() {
        var response = http().get().uri("/api/v1/applications/abc").retrieve().toEntity(String.class);
        String id = response.getHeaders().getFirst("X-Correlation-Id");
        assertThat(id).isNotBlank();
        assertThat(response.getBody()).isEqualTo("seen " + id);
    }

    @Test
    void shouldAnswerA503ProblemQuicklyWhenTheServiceDoesNotAnswer() {
        // The shop's token is fetched first: only the gateway's answer for the dead service is timed.
        RestClient shop = http();
        long started = System.nanoTime();
        var response = shop.get().uri("/api/v1/credit-accounts/c-1").retrieve().toEntity(String.class);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(JsonPath.<Integer>read(response.getBody(), "$.status")).isEqualTo(503);
        assertThat(JsonPath.<String>read(response.getBody(), "$.type"))
                .isEqualTo("https://problems.creditline.dev/service-unavailable");
        assertThat(JsonPath.<String>read(response.getBody(), "$.correlationId")).isNotBlank();
        // Nothing of the refused connection reaches the caller, in any field.
        assertThat(response.getBody()).doesNotContain("Connection refused", "Exception", "localhost");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void shouldRouteAServicesDeadLettersAndTheirReDriveUnderTheServicesName() {
        RestClient admin = LocalTokens.asStaff(port, "alice");
        var list = admin.get()
                .uri("/api/v1/admin/dead-letters/risk-scoring?limit=5")
                .retrieve()
                .toEntity(String.class);
        assertThat(list.getBody()).isEqualTo("GET /api/v1/admin/dead-letters?limit=5");

        var redrive = admin.post()
                .uri("/api/v1/admin/dead-letters/risk-scoring/7/redrive")
                .header("Audit-Reason", "consumer fixed")
                .retrieve()
                .toEntity(String.class);
        assertThat(redrive.getStatusCode().value()).isEqualTo(200);
        assertThat(redrive.getBody()).isEqualTo("POST /api/v1/admin/dead-letters/7/redrive");
    }

    @Test
    void shouldAnswerAnUnknownPathWithA404Problem() {
        var response = http().get().uri("/no/such/route").retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(JsonPath.<Integer>read(response.getBody(), "$.status")).isEqualTo(404);
    }

    private static HttpServer stubService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/api/v1/admin/dead-letters", exchange -> {
                byte[] body =
                        (exchange.getRequestMethod() + " " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.createContext("/", exchange -> {
                byte[] body = ("seen " + exchange.getRequestHeaders().getFirst("X-Correlation-Id"))
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders()
                        .add("X-Correlation-Id", exchange.getRequestHeaders().getFirst("X-Correlation-Id"));
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
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
