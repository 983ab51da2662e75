package com.creditline.common.web;

import com.creditline.common.security.ServiceTokens;
import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The one way a service calls another service's internal API: a blocking client over a pool of
 * kept-alive connections (Apache HttpClient 5), with a connect and a read timeout, the caller's
 * correlation id and this service's peer token ({@link ServiceTokens}) on every request. The
 * client does not retry by itself; the caller decides that (Resilience4j), knowing which calls are
 * idempotent.
 *
 * <p>Built from Boot's auto-configured {@code RestClient.Builder}, so that each call is observed
 * (a client span and the {@code http.client.requests} metric) and carries the W3C
 * {@code traceparent} of the caller's trace; a builder of our own would drop both.
 *
 * <p>Apache's classic client rather than the JDK's {@code java.net.http.HttpClient}: the JDK
 * client is asynchronous underneath (a selector thread, futures, and per request with a read
 * timeout a cancelled future and two exceptions); under load its threads alone used 16 % of
 * checkout's CPU (the JIT compiler aside).
 */
public final class PeerClients {

    /** Connections kept per peer: more than the requests one service sends another at once. */
    private static final int MAX_CONNECTIONS = 200;

    private PeerClients() {}

    /** A client of one peer, from (a copy of) Boot's builder, which stays as it was. */
    public static RestClient.Builder to(
            RestClient.Builder boot,
            String baseUrl,
            ServiceTokens serviceTokens,
            Duration connectTimeout,
            Duration readTimeout) {
        CloseableHttpClient http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(readTimeout))
                                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                        .setResponseTimeout(Timeout.of(readTimeout))
                        .build())
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
        return boot.clone()
                .baseUrl(baseUrl)
                .requestFactory(new HttpComponentsClientHttpRequestFactory(http))
                .requestInterceptor((request, body, execution) -> {
                    String correlationId = CorrelationId.current();
                    if (correlationId != null) {
                        request.getHeaders().set(CorrelationId.HEADER, correlationId);
                    }
                    return execution.execute(request, body);
                })
                .requestInterceptor(serviceTokens);
    }
}
