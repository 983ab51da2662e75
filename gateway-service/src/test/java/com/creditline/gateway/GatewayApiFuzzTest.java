package com.creditline.gateway;

import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.fuzz.ApiFuzz;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * No malformed request is answered with a 5xx by the gateway: neither to its own operations (its
 * OpenAPI document: partners, keys, audit, tokens) as an ADMIN, nor on the way to a service, here a
 * stub for checkout whose document names a few of checkout's routed operations. Rate limits are
 * raised out of the way, so that every request reaches what it is meant to test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "creditline.rate-limits.anonymous=100000",
            "creditline.rate-limits.staff=100000",
            "creditline.rate-limits.client=100000"
        })
@RealInfrastructure(kafka = false)
class GatewayApiFuzzTest {

    static final HttpServer CHECKOUT = stubCheckout();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add(
                "CHECKOUT_URL",
                () -> "http://localhost:" + CHECKOUT.getAddress().getPort());
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stopStub() {
        CHECKOUT.stop(0);
    }

    @Test
    void shouldAnswerNoMalformedRequestToItsOwnOperationsWithAServerError() {
        String alice = LocalTokens.token(
                port, Map.of("grant_type", "password", "username", "alice", "password", "alice-local"));
        ApiFuzz.of(port)
                .authorization(path -> "Bearer " + alice)
                .header("Audit-Reason", "fuzz walk of the gateway's own API")
                .run()
                .assertNoServerError();
    }

    @Test
    void shouldAnswerNoMalformedRequestOnItsWayToAServiceWithAServerError() {
        String shop = LocalTokens.token(
                port,
                Map.of("grant_type", "client_credentials", "client_id", "shop", "client_secret", "shop-local-secret"));
        ApiFuzz.of(port)
                .document("/services/checkout/v3/api-docs")
                .authorization(path -> "Bearer " + shop)
                .maxRequests(400)
                .run()
                .assertNoServerError();
    }

    /** Checkout as far as the gateway can tell: a few routed operations, each answering 200. */
    private static HttpServer stubCheckout() {
        String document = """
                {"openapi":"3.1.0","info":{"title":"checkout (stub behind the gateway)","version":"v1"},
                 "paths":{
                  "/api/v1/orders/{orderId}":{"get":{"parameters":[
                    {"name":"orderId","in":"path","required":true,"schema":{"type":"string"}}]}},
                  "/api/v1/orders/{orderId}/authorisation":{"post":{"parameters":[
                    {"name":"orderId","in":"path","required":true,"schema":{"type":"string"}}],
                    "requestBody":{"content":{"application/json":{"schema":{"type":"object","properties":{
                      "customerId":{"type":"string"},
                      "amount":{"type":"object","properties":{"amount":{"type":"string"},"currency":{"type":"string"}}}
                    }}}}}}},
                  "/api/v1/customers/{customerId}/partner-links/{partnerId}":{"delete":{"parameters":[
                    {"name":"customerId","in":"path","required":true,"schema":{"type":"string"}},
                    {"name":"partnerId","in":"path","required":true,"schema":{"type":"string"}},
                    {"name":"reason","in":"query","schema":{"type":"string"}}]}}
                 }}
                """;
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                byte[] body = (exchange.getRequestURI().getRawPath().equals("/v3/api-docs")
                                ? document
                                : "{\"ok\":true}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
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
}
