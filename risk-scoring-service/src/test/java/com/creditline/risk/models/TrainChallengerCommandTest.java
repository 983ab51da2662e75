package com.creditline.risk.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.risk.models.ModelComparison.Rates;
import com.creditline.risk.scoring.ModelOrigin;
import com.creditline.risk.scoring.ModelVersion;
import com.creditline.risk.scoring.scorecard.Measures;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code deploy/train-challenger}, the command ops train a challenger with, against a stand-in for
 * the gateway that answers as the local issuer and as this service's endpoint (its answer is a real
 * {@link RegisteredModel}, written as the service writes it): it logs in, trains with the
 * Audit-Reason and an Idempotency-Key, and prints the comparison; a refusal exits 1.
 */
class TrainChallengerCommandTest {

    static final Path SCRIPT = Path.of("..", "deploy", "train-challenger");

    HttpServer gateway;
    final Map<String, String> seen = new ConcurrentHashMap<>();
    volatile int trainingStatus = 201;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/oauth2/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.put("login", form);
            boolean olga = form.contains("username=olga") && form.contains("password=olga-local");
            answer(exchange, olga ? 200 : 401, olga ? "{\"access_token\":\"t-1\",\"token_type\":\"Bearer\"}" : "{}");
        });
        gateway.createContext("/api/v1/admin/risk/models/challengers", exchange -> {
            seen.put("method", exchange.getRequestMethod());
            seen.put(
                    "authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            seen.put("reason", String.valueOf(exchange.getRequestHeaders().getFirst("Audit-Reason")));
            seen.put("key", String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
            answer(
                    exchange,
                    trainingStatus,
                    trainingStatus == 201
                            ? JsonMapper.builder().build().writeValueAsString(challenger())
                            : "{\"type\":\"https://problems.creditline.dev/not-enough-outcomes\",\"status\":422,"
                                    + "\"detail\":\"Training needs at least 500 labelled applications.\"}");
        });
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    @Test
    void shouldPassTheShellsSyntaxCheck() throws Exception {
        assertThat(Files.isExecutable(SCRIPT)).isTrue();
        assertThat(run(List.of("sh", "-n", SCRIPT.toString())).exit()).isZero();
        assertThat(run(List.of("bash", "-n", SCRIPT.toString())).exit()).isZero();
    }

    @Test
    void shouldTrainThroughTheGatewayAsAnOfficerAndPrintTheComparison() throws Exception {
        Result result = run(List.of(SCRIPT.toString(), "--gateway=" + url(), "--reason=monthly retrain"));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(seen.get("login")).contains("grant_type=password");
        assertThat(seen).containsEntry("method", "POST").containsEntry("authorization", "Bearer t-1");
        assertThat(seen).containsEntry("reason", "monthly retrain");
        assertThat(seen.get("key")).startsWith("train-challenger-");
        assertThat(result.out())
                .contains("challenger application-scorecard v2 trained by staff:olga on 2100 applications")
                .contains("900 held out")
                .containsPattern("AUC +0\\.712 +0\\.781")
                .containsPattern("KS +0\\.310 +0\\.420")
                .containsPattern("approval rate at the cut-off +0\\.800 +0\\.750")
                .containsPattern("bad rate among those approved +0\\.120 +0\\.090")
                .containsPattern("stability \\(PSI\\) +0\\.012")
                .contains("/api/v1/admin/risk/models/application-scorecard/versions/2/promotion");
    }

    @Test
    void shouldExitOneWithThePlatformsReasonWhenRefused() throws Exception {
        trainingStatus = 422;
        Result result = run(List.of(SCRIPT.toString(), "--gateway=" + url()));

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("422").contains("at least 500 labelled applications");
        assertThat(run(List.of(SCRIPT.toString(), "--what")).exit()).isEqualTo(2);
    }

    private static RegisteredModel challenger() {
        return new RegisteredModel(
                new ModelVersion("application-scorecard", 2, ModelOrigin.TRAINED),
                ModelStatus.CHALLENGER,
                new ModelComparison(
                        2_100,
                        900,
                        new Measures(900, 120, 0.712, 0.424, 0.31),
                        new Measures(900, 120, 0.781, 0.562, 0.42),
                        0.012,
                        new Rates(0.8, 0.12),
                        new Rates(0.75, 0.09)),
                Instant.parse("2026-12-02T08:00:00Z"),
                "staff:olga");
    }

    private String url() {
        return "http://127.0.0.1:" + gateway.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    record Result(int exit, String out, String err) {}

    private static Result run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
