package com.creditline.gateway;

import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** Clients of the running gateway that log in at its local issuer as the shop or a staff user. */
final class LocalTokens {

    private LocalTokens() {}

    static RestClient asShop(int port) {
        return bearer(
                port,
                token(
                        port,
                        Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                "shop",
                                "client_secret",
                                "shop-local-secret")));
    }

    /** alice (ADMIN), olga (CREDIT_OFFICER), colin (COLLECTOR), vera (VIEWER); password "<name>-local". */
    static RestClient asStaff(int port, String user) {
        return bearer(
                port, token(port, Map.of("grant_type", "password", "username", user, "password", user + "-local")));
    }

    static RestClient anonymous(int port) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    static RestClient withApiKey(int port, String apiKey) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader("X-Api-Key", apiKey)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    static String token(int port, Map<String, String> form) {
        LinkedMultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        form.forEach(body::add);
        Map<?, ?> answer = RestClient.create("http://localhost:" + port)
                .post()
                .uri("/oauth2/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(body)
                .retrieve()
                .body(Map.class);
        return String.valueOf(answer.get("access_token"));
    }

    private static RestClient bearer(int port, String token) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", "Bearer " + token)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }
}
