package com.creditline.checkout.order;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;
import com.creditline.common.security.ServiceTokens;
import com.creditline.common.web.PeerClients;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Holds on the customer's line, through credit-limit-service's internal API. Every call is
 * idempotent there (per order, per capture id), which is what makes the retry safe. The calls go
 * through the {@code creditLine} circuit breaker and retry (application.yml), with a 1 s connect
 * and 2 s read timeout: a slow or failing credit line becomes {@link CreditLineUnavailable} (503)
 * quickly instead of a hanging checkout. Each call carries this service's peer token
 * ({@link ServiceTokens}): the line's internal endpoints answer only peer services.
 */
@Component
public class CreditLineClient {

    private static final Logger log = LoggerFactory.getLogger(CreditLineClient.class);

    /** What a hold is for: a purchase (the default) or a cash draw, which also counts against the cash sub-limit. */
    public enum HoldPurpose {
        PURCHASE,
        CASH
    }

    /** A hold of an order's (or a cash draw's) amount on the customer's line. */
    public record HoldPlacement(CustomerId customerId, OrderId orderId, Money amount, HoldPurpose purpose) {

        public HoldPlacement(CustomerId customerId, OrderId orderId, Money amount) {
            this(customerId, orderId, amount, HoldPurpose.PURCHASE);
        }
    }

    /** A capture of part of an order's hold, once per capture id. */
    public record HoldCapture(CustomerId customerId, OrderId orderId, CaptureId captureId, Money amount) {}

    /** The release of what an order's hold still holds. */
    public record HoldRelease(CustomerId customerId, OrderId orderId) {}

    /** Why the line refused a hold, as a decline reason. */
    public enum Refusal {
        CREDIT_LIMIT_EXCEEDED,
        ACCOUNT_NOT_ACTIVE,
        NO_CREDIT_LINE,
        /** A cash hold beyond the line's cash sub-limit. */
        CASH_LIMIT_EXCEEDED,
        /** The hold would take the borrower past the 200,000 yuan ceiling across all products. */
        BORROWER_CEILING_REACHED
    }

    /**
     * The line as credit-limit-service shows it ({@code GET /api/v1/credit-accounts/{customerId}}),
     * the fields a draw needs; unknown fields are ignored.
     *
     * @param kind CONSUMER, or MERCHANT for a merchant's line (under {@code mch-<merchantId>}), whose
     *     {@code cashAvailable} is its whole available amount
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record LineView(
            String status,
            String grade,
            Instant openedAt,
            Money cashLimit,
            Money cashAvailable,
            Money cashOutstanding,
            String kind) {}

    private final RestClient http;
    private final RestClient accounts;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;

    CreditLineClient(
            @Value("${creditline.services.credit-limit-url}") String baseUrl,
            ServiceTokens serviceTokens,
            RestClient.Builder restClients,
            CircuitBreakerRegistry circuitBreakers,
            RetryRegistry retries) {
        this.http = PeerClients.to(
                        restClients,
                        baseUrl + "/internal/v1/credit-accounts",
                        serviceTokens,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2))
                .build();
        this.accounts = PeerClients.to(
                        restClients,
                        baseUrl + "/api/v1/credit-accounts",
                        serviceTokens,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2))
                .build();
        this.circuitBreaker = circuitBreakers.circuitBreaker("creditLine");
        this.retry = retries.retry("creditLine");
    }

    /** Places the hold; null when placed, otherwise why the line refused it. */
    public Refusal placeHold(HoldPlacement hold) {
        try {
            call(() -> http.post()
                    .uri("/{customerId}/holds", hold.customerId().value())
                    .body(Map.of("orderId", hold.orderId().value(), "amount", hold.amount(), "purpose", hold.purpose()))
                    .retrieve()
                    .toBodilessEntity());
            return null;
        } catch (HttpClientErrorException e) {
            String type = problemType(e);
            if (e.getStatusCode().value() == 404) {
                return Refusal.NO_CREDIT_LINE;
            }
            if (type.endsWith("credit-limit-exceeded")) {
                return Refusal.CREDIT_LIMIT_EXCEEDED;
            }
            if (type.endsWith("cash-limit-exceeded")) {
                return Refusal.CASH_LIMIT_EXCEEDED;
            }
            if (type.endsWith("borrower-ceiling-reached")) {
                return Refusal.BORROWER_CEILING_REACHED;
            }
            if (type.endsWith("account-not-active") || type.endsWith("account-closed")) {
                return Refusal.ACCOUNT_NOT_ACTIVE;
            }
            throw unexpected(e);
        }
    }

    public void captureHold(HoldCapture capture) {
        try {
            call(() -> http.post()
                    .uri(
                            "/{customerId}/holds/{orderId}/captures",
                            capture.customerId().value(),
                            capture.orderId().value())
                    .body(Map.of("captureId", capture.captureId().value(), "amount", capture.amount()))
                    .retrieve()
                    .toBodilessEntity());
        } catch (HttpClientErrorException e) {
            throw unexpected(e);
        }
    }

    public void releaseHold(HoldRelease release) {
        try {
            call(() -> http.post()
                    .uri(
                            "/{customerId}/holds/{orderId}/release",
                            release.customerId().value(),
                            release.orderId().value())
                    .retrieve()
                    .toBodilessEntity());
        } catch (HttpClientErrorException.NotFound e) {
            // no hold was ever placed: nothing to release
        } catch (HttpClientErrorException e) {
            throw unexpected(e);
        }
    }

    /** Best effort, for compensation after a failure: never throws. */
    public void releaseHoldQuietly(HoldRelease release) {
        try {
            releaseHold(release);
        } catch (RuntimeException e) {
            log.warn("could not release the hold of an order after a failure; it lapses by itself: {}", e.toString());
        }
    }

    /** The customer's line; null when the customer has none. */
    public LineView line(CustomerId customerId) {
        try {
            return call(() -> accounts.get()
                    .uri("/{customerId}", customerId.value())
                    .retrieve()
                    .body(LineView.class));
        } catch (HttpClientErrorException.NotFound e) {
            return null;
        } catch (HttpClientErrorException e) {
            throw unexpected(e);
        }
    }

    private <T> T call(Supplier<T> request) {
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker, request))
                    .get();
        } catch (CallNotPermittedException | ResourceAccessException | HttpServerErrorException e) {
            log.warn("credit line unavailable: {}", e.getClass().getSimpleName());
            throw new CreditLineUnavailable();
        }
    }

    private static String problemType(HttpClientErrorException e) {
        ProblemDetail problem = e.getResponseBodyAs(ProblemDetail.class);
        return problem == null || problem.getType() == null
                ? ""
                : problem.getType().toString();
    }

    /** A refusal the checkout did not expect (its own request was wrong): passed on as a 422. */
    private static RuntimeException unexpected(HttpClientErrorException e) {
        ProblemDetail problem = e.getResponseBodyAs(ProblemDetail.class);
        String detail = problem == null ? e.getStatusText() : problem.getDetail();
        HttpStatusCode status = e.getStatusCode();
        return status.value() == 409 ? new CreditLineConflict(detail) : new CreditLineRefused(detail);
    }

    /** The line refused the request (a capture beyond the hold, a closed hold). */
    static class CreditLineRefused extends RuleViolation {
        CreditLineRefused(String detail) {
            super("The credit line refused the request: " + detail);
        }
    }

    /** The line holds something different for this order or capture id. */
    static class CreditLineConflict extends com.creditline.common.error.Conflict {
        CreditLineConflict(String detail) {
            super("The credit line holds something different for this request: " + detail);
        }
    }
}
