package com.creditline.checkout.order;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A partner's webhook endpoint for tests, on a free port: it keeps every request it gets (headers
 * and raw body) and answers the statuses it was told to, in order, then 200.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    volatile int answerAfterwards = 200;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/hooks/creditline", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** The endpoint, with a query that must never reach the logs. */
    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hooks/creditline?token=receiver-secret";
    }

    List<Received> ofType(String type) {
        return received.stream()
                .filter(r -> r.body().contains("\"type\":\"" + type + "\""))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
        Integer status = answers.poll();
        exchange.sendResponseHeaders(status == null ? answerAfterwards : status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
