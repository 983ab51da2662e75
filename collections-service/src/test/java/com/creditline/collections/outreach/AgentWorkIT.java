package com.creditline.collections.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.collections.Callers;
import com.creditline.collections.CaseAwaiting;
import com.creditline.collections.RepaymentLedger;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.events.repayment.DelinquencyChanged;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Agents working the queue on a real PostgreSQL and Kafka: a collector claims a case (a second
 * agent's claim is refused), an admin assigns one, an agent records a call's outcome and takes a
 * promise to pay, and the queue shows who holds what, filtered by bucket and to the caller's own.
 * The business clock is fixed at 10:00 in Shanghai on 2 March 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class AgentWorkIT {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final Caller CELIA = TestCallers.staff("celia", "COLLECTOR");
    static final String PROBLEMS = Callers.PROBLEMS;

    @LocalServerPort
    int port;

    @Autowired
    RepaymentLedger ledger;

    @Test
    void shouldLetAnAgentClaimACaseRefuseASecondAgentsClaimAndReleaseIt() {
        String caseId = queuedCase("640.00");

        ResponseEntity<JsonNode> claimed = claim(Callers.COLLECTOR, caseId);
        assertThat(claimed.getStatusCode().value()).isEqualTo(200);
        assertThat(claimed.getBody().get("assignee").asString()).isEqualTo("colin");
        assertThat(claimed.getBody().get("changedBy").asString()).isEqualTo("colin");
        assertThat(claimed.getBody().get("reason").asString()).isEqualTo("收到 working it");
        assertThat(claim(Callers.COLLECTOR, caseId).getStatusCode().value())
                .as("claiming one's own case again")
                .isEqualTo(200);

        ResponseEntity<JsonNode> second = claim(CELIA, caseId);
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getBody().get("type").asString()).isEqualTo(PROBLEMS + "case-held-by-another-agent");
        assertThat(change(CELIA, "/release", caseId, null).getStatusCode().value())
                .isEqualTo(409);
        assertThat(entry(queue(Callers.COLLECTOR, "?mine=true"), caseId)
                        .get("assignee")
                        .asString())
                .isEqualTo("colin");
        assertThat(entry(queue(CELIA, "?mine=true"), caseId)).isNull();

        ResponseEntity<JsonNode> released = change(Callers.COLLECTOR, "/release", caseId, null);
        assertThat(released.getStatusCode().value()).isEqualTo(200);
        assertThat(released.getBody().get("assignee").isNull()).isTrue();
        assertThat(claim(CELIA, caseId).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void shouldLetOnlyAnAdminAssignACaseToAnAgentWhoeverHeldIt() {
        String caseId = queuedCase("700.00");
        claim(Callers.COLLECTOR, caseId);

        ResponseEntity<JsonNode> byCollector = change(Callers.COLLECTOR, "/assignee", caseId, Map.of("agent", "celia"));
        assertThat(byCollector.getStatusCode().value()).isEqualTo(403);

        ResponseEntity<JsonNode> assigned = change(Callers.ADMIN, "/assignee", caseId, Map.of("agent", "celia"));
        assertThat(assigned.getStatusCode().value()).isEqualTo(200);
        assertThat(assigned.getBody().get("assignee").asString()).isEqualTo("celia");
        assertThat(assigned.getBody().get("changedBy").asString()).isEqualTo("ada");
        assertThat(entry(queue(CELIA, "?mine=true"), caseId)).isNotNull();
        assertThat(entry(queue(Callers.COLLECTOR, "?mine=true"), caseId)).isNull();

        assertThat(call(Callers.COLLECTOR, caseId, "REACHED", null)
                        .getStatusCode()
                        .value())
                .as("the former holder no longer works the case")
                .isEqualTo(409);
        assertThat(change(Callers.ADMIN, "/assignee", caseId, Map.of("agent", "not a name"))
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
    }

    @Test
    void shouldRecordACallsOutcomeWithTheAgentsNameAndTakeAPromise() {
        String caseId = queuedCase("640.00");
        claim(Callers.COLLECTOR, caseId);

        ResponseEntity<JsonNode> called = call(Callers.COLLECTOR, caseId, "PROMISED", "will pay on Friday");
        assertThat(called.getStatusCode().value()).isEqualTo(201);
        assertThat(called.getBody().get("agent").asString()).isEqualTo("colin");
        assertThat(called.getBody().get("outcome").asString()).isEqualTo("PROMISED");
        assertThat(called.getBody().get("status").asString()).isEqualTo("SENT");
        assertThat(called.getBody().get("step").asString()).isEqualTo("D+15");

        ResponseEntity<JsonNode> promised = as(Callers.COLLECTOR)
                .post()
                .uri("/api/v1/collections/cases/{id}/promises", caseId)
                .body(Map.of(
                        "promisedDate",
                        TODAY.plusDays(4).toString(),
                        "amount",
                        Map.of("amount", "640.00", "currency", "CNY")))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(promised.getStatusCode().value()).isEqualTo(201);

        JsonNode theCase = as(Callers.COLLECTOR)
                .get()
                .uri("/api/v1/collections/cases/{id}", caseId)
                .retrieve()
                .body(JsonNode.class);
        List<String> calls = new ArrayList<>();
        for (JsonNode a : theCase.get("attempts")) {
            if (!a.get("agent").isNull()) {
                calls.add(a.get("agent").asString() + " " + a.get("outcome").asString());
            }
        }
        assertThat(calls).contains("colin PROMISED");
        JsonNode entry = entry(queue(Callers.COLLECTOR, ""), caseId);
        assertThat(entry.get("promisedDate").asString())
                .isEqualTo(TODAY.plusDays(4).toString());
        assertThat(entry.get("queuedAt").isNull())
                .as("the call is not a second queue entry")
                .isFalse();
        assertThat(queue(Callers.COLLECTOR, "").stream()
                        .filter(e -> e.get("caseId").asString().equals(caseId))
                        .count())
                .isEqualTo(1);

        assertThat(call(Callers.COLLECTOR, caseId, "HUNG_UP", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
    }

    @Test
    void shouldFilterTheQueueByBucketAndShowEveryOpenCaseWhenAsked() {
        String queued = queuedCase("640.00");
        String early = openCase(3, "120.00");

        assertThat(entry(queue(Callers.VIEWER, "?bucket=M1"), queued)).isNotNull();
        assertThat(entry(queue(Callers.VIEWER, "?bucket=M2"), queued)).isNull();
        assertThat(entry(queue(Callers.VIEWER, ""), early))
                .as("not handed over yet")
                .isNull();
        JsonNode everyOpen = entry(queue(Callers.VIEWER, "?everyOpenCase=true&bucket=M1"), early);
        assertThat(everyOpen).isNotNull();
        assertThat(everyOpen.get("queuedAt").isNull()).isTrue();
        assertThat(everyOpen.get("assignee").isNull()).isTrue();
        assertThat(as(Callers.VIEWER)
                        .get()
                        .uri("/api/v1/admin/collections/queue?bucket=M9")
                        .retrieve()
                        .toEntity(JsonNode.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
    }

    @Test
    void shouldRefuseWorkOnAClosedOrUnknownCaseAndAChangeWithoutAReason() {
        String customer = "it-" + UUID.randomUUID();
        String caseId = openCase(customer, 2, "90.00");
        late(customer, 0, "0.00", TODAY.plusDays(1));
        await().atMost(PATIENCE)
                .until(() -> caseById(caseId).get("status").asString().equals("CLOSED"));

        ResponseEntity<JsonNode> closed = claim(Callers.COLLECTOR, caseId);
        assertThat(closed.getStatusCode().value()).isEqualTo(409);
        assertThat(closed.getBody().get("type").asString()).isEqualTo(PROBLEMS + "case-not-workable");
        assertThat(call(Callers.COLLECTOR, caseId, "NO_ANSWER", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(409);
        assertThat(claim(Callers.COLLECTOR, UUID.randomUUID().toString())
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(as(Callers.COLLECTOR)
                        .post()
                        .uri("/api/v1/admin/collections/cases/{id}/claim", queuedCase("50.00"))
                        .retrieve()
                        .toEntity(JsonNode.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        assertThat(claim(Callers.VIEWER, caseId).getStatusCode().value()).isEqualTo(403);
    }

    // ---- steps ----

    /** A case fifteen days late, handed over to the agents' queue. */
    private String queuedCase(String overdue) {
        String caseId = openCase(15, overdue);
        await().atMost(PATIENCE).until(() -> caseById(caseId).get("attempts").size() == 4);
        var run = as(Callers.COLLECTOR)
                .post()
                .uri("/api/v1/admin/collections/run")
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(run.getStatusCode().value()).isEqualTo(200);
        assertThat(entry(queue(Callers.COLLECTOR, ""), caseId)).isNotNull();
        return caseId;
    }

    private String openCase(int daysPastDue, String overdue) {
        return openCase("it-" + UUID.randomUUID(), daysPastDue, overdue);
    }

    private String openCase(String customer, int daysPastDue, String overdue) {
        late(customer, daysPastDue, overdue, TODAY);
        return awaitCase(customer, c -> true).get("caseId").asString();
    }

    private void late(String customer, int daysPastDue, String overdue, LocalDate businessDate) {
        ledger.publish(new DelinquencyChanged(
                customer,
                daysPastDue,
                Money.of(overdue),
                daysPastDue == 0 ? null : businessDate.minusDays(daysPastDue),
                businessDate));
    }

    private ResponseEntity<JsonNode> claim(Caller caller, String caseId) {
        return change(caller, "/claim", caseId, null);
    }

    private ResponseEntity<JsonNode> call(Caller caller, String caseId, String outcome, String note) {
        Map<String, String> body = note == null ? Map.of("outcome", outcome) : Map.of("outcome", outcome, "note", note);
        return change(caller, "/calls", caseId, body);
    }

    private ResponseEntity<JsonNode> change(Caller caller, String action, String caseId, Object body) {
        var request = (action.equals("/assignee")
                        ? as(caller).put()
                        : as(caller).post())
                .uri("/api/v1/admin/collections/cases/{id}" + action, caseId)
                .header("Audit-Reason", "UTF-8''%E6%94%B6%E5%88%B0%20working%20it");
        if (body != null) {
            request = request.body(body);
        }
        return request.retrieve().toEntity(JsonNode.class);
    }

    private List<JsonNode> queue(Caller caller, String query) {
        List<JsonNode> entries = new ArrayList<>();
        as(caller)
                .get()
                .uri("/api/v1/admin/collections/queue" + query)
                .retrieve()
                .body(JsonNode.class)
                .forEach(entries::add);
        return entries;
    }

    private static JsonNode entry(List<JsonNode> queue, String caseId) {
        return queue.stream()
                .filter(e -> e.get("caseId").asString().equals(caseId))
                .findFirst()
                .orElse(null);
    }

    private JsonNode caseById(String caseId) {
        return as(Callers.VIEWER)
                .get()
                .uri("/api/v1/collections/cases/{id}", caseId)
                .retrieve()
                .body(JsonNode.class);
    }

    private JsonNode awaitCase(String customer, Predicate<JsonNode> condition) {
        return CaseAwaiting.latestCase(as(Callers.VIEWER), customer, condition);
    }

    private RestClient as(Caller caller) {
        return TestHttp.as(port, caller);
    }
}
