package com.creditline.collections;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.Predicate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Waits, through the API, for a customer's latest case to reach a state (events arrive through Kafka). */
public final class CaseAwaiting {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private CaseAwaiting() {}

    public static JsonNode latestCase(RestClient http, String customer, Predicate<JsonNode> condition) {
        return await().atMost(PATIENCE)
                .until(
                        () -> {
                            JsonNode cases = http.get()
                                    .uri("/api/v1/collections/cases?customerId={id}", customer)
                                    .retrieve()
                                    .body(JsonNode.class);
                            return cases == null || cases.isEmpty() ? null : cases.get(0);
                        },
                        c -> c != null && condition.test(c));
    }
}
