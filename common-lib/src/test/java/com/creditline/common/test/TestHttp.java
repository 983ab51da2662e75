package com.creditline.common.test;

import com.creditline.common.security.Caller;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * An HTTP client for tests that hands back error responses instead of throwing them, and signs
 * its requests as the gateway would: {@code /internal} calls as a peer service, the rest as the
 * given caller ({@link TestCallers#EVERYTHING} unless said otherwise). Every answer it receives is
 * checked against the service's OpenAPI document ({@link ApiContract}).
 */
public final class TestHttp {

    private TestHttp() {}

    public static RestClient to(int port) {
        return as(port, TestCallers.EVERYTHING);
    }

    public static RestClient as(int port, Caller caller) {
        return plain(port)
                .requestInterceptor((request, body, execution) -> {
                    if (!request.getHeaders().containsHeader("Authorization")) {
                        request.getHeaders()
                                .setBearerAuth(
                                        request.getURI().getPath().startsWith("/internal/")
                                                ? TestCallers.peerServiceToken()
                                                : TestCallers.tokenFor(caller));
                    }
                    return execution.execute(request, body);
                })
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    /** No token at all, as a request that went around the gateway. */
    public static RestClient anonymous(int port) {
        return plain(port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    /**
     * The JDK's client, named rather than found on the classpath: with Apache HttpClient present
     * (PeerClients) the builder would pick it, and its default retries (a 503 with Retry-After is
     * sent again) would hide what the service answered.
     */
    private static RestClient.Builder plain(int port) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new BufferingClientHttpRequestFactory(new JdkClientHttpRequestFactory()))
                .requestInterceptor(ApiContract.of(port));
    }
}
