package com.creditline.common.test;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/** An HTTP client for tests that hands back error responses instead of throwing them. */
public final class TestHttp {

    private TestHttp() {}

    public static RestClient to(int port) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }
}
