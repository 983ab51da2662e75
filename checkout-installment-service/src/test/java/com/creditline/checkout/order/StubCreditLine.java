package com.creditline.checkout.order;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for credit-limit-service's internal hold API, over real HTTP: one line per customer
 * with a fixed available amount, holds per order, and switches to answer slowly or with errors.
 * Like the real one, it answers 401 to a request without a peer service's token.
 */
final class StubCreditLine {

    private static final Pattern AMOUNT = Pattern.compile("\"amount\":\"([0-9.]+)\"");

    final HttpServer server;
    final Map<String, BigDecimal> available = new ConcurrentHashMap<>();
    final Map<String, BigDecimal> holds = new ConcurrentHashMap<>();
    final AtomicInteger releases = new AtomicInteger();
    /** Cash lines as GET /api/v1/credit-accounts/{customerId} shows them, by customer. */
    final Map<String, CashLine> cashLines = new ConcurrentHashMap<>();
    /** When set, a CASH hold is refused with this problem type (cash-limit-exceeded, borrower-ceiling-reached). */
    volatile String refuseCashWith;

    /** The fields of a line that draws read; kind CONSUMER or MERCHANT (a merchant's line, under mch-...). */
    record CashLine(String status, String grade, String openedAt, BigDecimal cashAvailable, String kind) {

        CashLine(String status, String grade, String openedAt, BigDecimal cashAvailable) {
            this(status, grade, openedAt, cashAvailable, "CONSUMER");
        }
    }

    volatile int delayMillis;
    volatile boolean failing;
    volatile String lastToken;

    StubCreditLine() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/internal/v1/credit-accounts/", this::handle);
        server.createContext("/api/v1/credit-accounts/", this::account);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failing) {
            respond(exchange, 500, "{\"status\":500}");
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            respond(exchange, 401, "{\"status\":401}");
            return;
        }
        lastToken = authorization.substring("Bearer ".length());
        String[] path = exchange.getRequestURI().getPath().split("/");
        String customer = path[4];
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.length == 6) {
            String orderId = body.replaceAll(".*\"orderId\":\"([^\"]+)\".*", "$1");
            BigDecimal amount = amount(body);
            if (!available.containsKey(customer)) {
                respond(exchange, 404, problem("account-not-found"));
            } else if (holds.containsKey(orderId)) {
                respond(exchange, 201, "{}");
            } else if (body.contains("\"purpose\":\"CASH\"") && refuseCashWith != null) {
                respond(exchange, 422, problem(refuseCashWith));
            } else if (available.get(customer).compareTo(amount) < 0) {
                respond(exchange, 422, problem("credit-limit-exceeded"));
            } else {
                available.merge(customer, amount.negate(), BigDecimal::add);
                holds.put(orderId, amount);
                respond(exchange, 201, "{}");
            }
        } else if (exchange.getRequestURI().getPath().endsWith("/release")) {
            releases.incrementAndGet();
            BigDecimal held = holds.remove(path[6]);
            if (held != null) {
                available.merge(customer, held, BigDecimal::add);
            }
            respond(exchange, 200, "{}");
        } else {
            String orderId = path[6];
            holds.computeIfPresent(orderId, (k, v) -> v.subtract(amount(body)));
            respond(exchange, 200, "{}");
        }
    }

    private void account(HttpExchange exchange) throws IOException {
        if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
            respond(exchange, 401, "{\"status\":401}");
            return;
        }
        String customer = exchange.getRequestURI().getPath().split("/")[4];
        CashLine line = cashLines.get(customer);
        if (line == null) {
            respond(exchange, 404, problem("account-not-found"));
            return;
        }
        respond(
                exchange,
                200,
                "{\"customerId\":\"" + customer + "\",\"status\":\"" + line.status() + "\",\"grade\":\""
                        + line.grade() + "\",\"openedAt\":\"" + line.openedAt() + "\",\"cashAvailable\":{\"amount\":\""
                        + line.cashAvailable().toPlainString() + "\",\"currency\":\"CNY\"},\"kind\":\"" + line.kind()
                        + "\",\"someFieldNotRead\":1}");
    }

    private static BigDecimal amount(String body) {
        Matcher m = AMOUNT.matcher(body);
        return m.find() ? new BigDecimal(m.group(1)) : BigDecimal.ZERO;
    }

    private static String problem(String code) {
        return "{\"type\":\"https://problems.creditline.dev/" + code + "\",\"status\":422,\"detail\":\"refused\"}";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
