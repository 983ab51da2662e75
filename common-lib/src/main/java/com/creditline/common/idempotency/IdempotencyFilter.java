package com.creditline.common.idempotency;

import com.creditline.common.time.BusinessClock;
import com.creditline.common.web.CorrelationId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Stripe's idempotency for every POST that carries an {@code Idempotency-Key}: the first request
 * runs and its response (status and body) is kept for 24 hours; a retry with the same key and the
 * same request gets that response again (with {@code Idempotent-Replayed: true}) and has no
 * effect; the same key with a different request is 422; a retry while the first is still running
 * is 409. Keys are scoped to the authenticated caller. A first request that ends in a 5xx releases its key, so
 * that a retry runs it again.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,255}");
    private static final int MAX_BODY = 1024 * 1024;

    private final IdempotencyKeys keys;
    private final BusinessClock clock;

    public IdempotencyFilter(IdempotencyKeys keys, BusinessClock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            problem(
                    response,
                    400,
                    "invalid-idempotency-key",
                    "An Idempotency-Key is 1-255 letters, digits, '.', '_', ':' or '-'.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            problem(response, 413, "request-too-large", "The request body is larger than 1 MB.");
            return;
        }
        String caller = Optional.ofNullable(request.getUserPrincipal())
                .map(java.security.Principal::getName)
                .orElse("anonymous");
        String hash = hash(request, body);
        if (!keys.claim(caller, key, hash, clock.now())) {
            answerFromStore(caller, key, hash, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), recorded);
            if (recorded.getStatus() < 500) {
                keys.complete(
                        caller, key, recorded.getStatus(), recorded.getContentType(), recorded.getContentAsByteArray());
                completed = true;
            }
        } finally {
            if (!completed) {
                keys.release(caller, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void answerFromStore(String caller, String key, String hash, HttpServletResponse response)
            throws IOException {
        Optional<IdempotencyKeys.Claimed> claimed = keys.find(caller, key);
        if (claimed.isEmpty()) {
            problem(
                    response,
                    409,
                    "idempotent-request-in-flight",
                    "A request with this Idempotency-Key is being retried; retry again.");
            return;
        }
        IdempotencyKeys.Claimed c = claimed.get();
        if (!c.requestHash().equals(hash)) {
            problem(response, 422, "idempotency-key-reused", "This Idempotency-Key was used for a different request.");
        } else if (!c.done()) {
            problem(
                    response,
                    409,
                    "idempotent-request-in-flight",
                    "A request with this Idempotency-Key is still being processed.");
        } else {
            response.setStatus(c.status());
            response.setHeader(REPLAYED, "true");
            if (c.contentType() != null) {
                response.setContentType(c.contentType());
            }
            if (c.body() != null) {
                response.getOutputStream().write(c.body());
            }
        }
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            sha.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void problem(HttpServletResponse response, int status, String code, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String correlationId = CorrelationId.current();
        response.getWriter()
                .write("{\"type\":\"https://problems.creditline.dev/" + code + "\",\"title\":\""
                        + code.replace('-', ' ')
                        + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"correlationId\":"
                        + (correlationId == null ? "null" : "\"" + correlationId + "\"") + "}");
    }
}
