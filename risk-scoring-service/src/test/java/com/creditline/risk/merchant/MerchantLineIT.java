package com.creditline.risk.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.security.Caller;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.risk.MerchantLineDecided;
import com.creditline.events.risk.MerchantSalesReported;
import com.creditline.events.risk.RiskTopics;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Merchant lines on real PostgreSQL and Kafka: a merchant (a partner key of its own id) sends its
 * profile and 90 days of sales, applies, and gets the grade and line worked out by hand in
 * {@code MerchantFeaturesTest} (score 570, grade B, 25 % of 85,800 yuan rounded down: 21,400), told
 * to the platform through the outbox; a shorter history is 422; a day sent again replaces that day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class MerchantLineIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BusinessClock clock;

    @Test
    void shouldDecideALineOnNinetyDaysOfSalesAndTellThePlatform() {
        LocalDate today = clock.businessDate();
        String merchant = merchantId();
        RestClient self = asMerchant(merchant);
        assertThat(send(self, HttpMethod.PUT, "/api/v1/merchants/" + merchant + "/profile", profile(today), null)
                        .getBody()
                        .path("tenureMonths")
                        .asInt())
                .isEqualTo(24);
        ResponseEntity<JsonNode> sent =
                send(self, HttpMethod.POST, salesPath(merchant), sales(handSeries(today)), null);
        assertThat(sent.getStatusCode().value()).isEqualTo(200);
        assertThat(sent.getBody().path("daysReceived").asInt()).isEqualTo(84);

        String key = "apply-" + merchant;
        ResponseEntity<JsonNode> applied = send(self, HttpMethod.POST, applyPath(merchant), null, key);

        assertThat(applied.getStatusCode().value()).isEqualTo(201);
        JsonNode decision = applied.getBody();
        assertThat(decision.path("approved").asBoolean()).isTrue();
        assertThat(decision.path("score").asInt()).isEqualTo(570);
        assertThat(decision.path("grade").asString()).isEqualTo("B");
        assertThat(decision.path("limit").path("amount").asString()).isEqualTo("21400.00");
        assertThat(decision.path("netSales").path("amount").asString()).isEqualTo("85800.00");
        assertThat(decision.path("borrowerId").asString()).isEqualTo("mch-" + merchant);
        assertThat(decision.path("model").path("modelId").asString()).isEqualTo("merchant-expert");
        assertThat(decision.path("model").path("origin").asString()).isEqualTo("JUDGMENTAL");
        assertThat(decision.path("businessDate").asString()).isEqualTo(today.toString());
        assertThat(decision.path("features").path("salesTrend").asDouble()).isEqualTo(1.0105);
        assertThat(decision.path("features").path("stability").asDouble()).isEqualTo(0.2705);
        String decisionId = decision.path("decisionId").asString();

        Map<String, Object> event = jdbc.queryForMap(
                "SELECT topic, message_key, envelope->'payload' AS payload FROM outbox_event"
                        + " WHERE event_type = ? AND envelope->'payload'->>'decisionId' = ?",
                MerchantLineDecided.class.getSimpleName(),
                decisionId);
        assertThat(event.get("topic")).isEqualTo(RiskTopics.DECISIONS);
        assertThat(event.get("message_key")).isEqualTo(MerchantLineDecided.borrowerIdOf(merchant));
        assertThat(event.get("payload").toString())
                .contains("\"grade\": \"B\"", "\"approved\": true", "21400.00", "\"modelVersion\": 1");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT sent_at IS NOT NULL FROM outbox_event WHERE envelope->'payload'->>'decisionId' = ?",
                                Boolean.class,
                                decisionId))
                        .as("published")
                        .isTrue());

        ResponseEntity<JsonNode> retried = send(self, HttpMethod.POST, applyPath(merchant), null, key);
        assertThat(retried.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.getBody().path("decisionId").asString()).isEqualTo(decisionId);
        ResponseEntity<JsonNode> again = send(self, HttpMethod.POST, applyPath(merchant), null, "again-" + key);
        assertThat(again.getStatusCode().value()).isEqualTo(422);
        assertThat(again.getBody().path("type").asString()).endsWith("merchant-applied-recently");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM merchant_line_decision WHERE merchant_id = ?", Integer.class, merchant))
                .isEqualTo(1);

        RestClient viewer = TestHttp.as(port, TestCallers.staff("vera", "VIEWER"));
        JsonNode read = send(viewer, HttpMethod.GET, applyPath(merchant) + "/" + decisionId, null, null)
                .getBody();
        assertThat(read.path("limit").path("amount").asString()).isEqualTo("21400.00");
        assertThat(read.path("reasons").size()).isEqualTo(3);
        assertThat(send(viewer, HttpMethod.GET, applyPath(merchant) + "/" + UUID.randomUUID(), null, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(send(viewer, HttpMethod.POST, applyPath(merchant), null, null)
                        .getStatusCode()
                        .value())
                .as("a viewer reads, never applies")
                .isEqualTo(403);
        assertThat(send(asMerchant(merchantId()), HttpMethod.GET, applyPath(merchant) + "/" + decisionId, null, null)
                        .getStatusCode()
                        .value())
                .as("another merchant")
                .isEqualTo(403);
    }

    @Test
    void shouldRefuseAHistoryShorterThanNinetyDays() {
        LocalDate today = clock.businessDate();
        String merchant = merchantId();
        RestClient self = asMerchant(merchant);
        send(self, HttpMethod.PUT, "/api/v1/merchants/" + merchant + "/profile", profile(today), null);
        List<String> days = new ArrayList<>();
        for (int back = 88; back >= 0; back--) {
            days.add(day(today.minusDays(back), "3000.00", 30, "0.00", "4.9"));
        }
        send(self, HttpMethod.POST, salesPath(merchant), sales(days), null);

        ResponseEntity<JsonNode> refused = send(self, HttpMethod.POST, applyPath(merchant), null, null);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody().path("type").asString()).endsWith("sales-history-too-short");
        assertThat(refused.getBody().path("detail").asString())
                .contains("90 days", "may apply from " + today.plusDays(1));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM outbox_event WHERE event_type = ? AND message_key = ?",
                        Integer.class,
                        MerchantLineDecided.class.getSimpleName(),
                        MerchantLineDecided.borrowerIdOf(merchant)))
                .isZero();
        String noProfile = merchantId();
        assertThat(send(asMerchant(noProfile), HttpMethod.POST, applyPath(noProfile), null, null)
                        .getBody()
                        .path("type")
                        .asString())
                .endsWith("merchant-profile-missing");
    }

    @Test
    void shouldReplaceADaySentAgainAndRefuseDaysItCannotKeep() {
        LocalDate today = clock.businessDate();
        String merchant = merchantId();
        RestClient self = asMerchant(merchant);
        List<String> week = new ArrayList<>();
        for (int back = 6; back >= 0; back--) {
            week.add(day(today.minusDays(back), "1000.00", 10, "20.00", "4.6"));
        }
        send(self, HttpMethod.POST, salesPath(merchant), sales(week), null);
        send(self, HttpMethod.POST, salesPath(merchant), sales(week), null);
        send(
                self,
                HttpMethod.POST,
                salesPath(merchant),
                sales(List.of(day(today, "2500.00", 21, "0.00", "4.7"))),
                null);

        JsonNode history = send(
                        self,
                        HttpMethod.GET,
                        salesPath(merchant) + "?from=" + today.minusDays(30) + "&to=" + today,
                        null,
                        null)
                .getBody();
        assertThat(history.path("days").size()).isEqualTo(7);
        JsonNode last = history.path("days").get(6);
        assertThat(last.path("date").asString()).isEqualTo(today.toString());
        assertThat(last.path("grossSales").path("amount").asString()).isEqualTo("2500.00");
        assertThat(last.path("orders").asInt()).isEqualTo(21);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM merchant_daily_sales WHERE merchant_id = ?", Integer.class, merchant))
                .isEqualTo(7);

        List<Map<String, Object>> told = jdbc.queryForList(
                "SELECT topic, message_key, envelope->'payload'->>'revision' AS revision,"
                        + " envelope->'payload'->'netSales'->>'amount' AS net FROM outbox_event"
                        + " WHERE event_type = ? AND envelope->'payload'->>'merchantId' = ?"
                        + " AND envelope->'payload'->>'salesDate' = ? ORDER BY position",
                MerchantSalesReported.class.getSimpleName(),
                merchant,
                today.toString());
        assertThat(told).as("one event a day stored: new, resent, corrected").hasSize(3);
        assertThat(told).allSatisfy(e -> {
            assertThat(e.get("topic")).isEqualTo(RiskTopics.DECISIONS);
            assertThat(e.get("message_key")).isEqualTo(MerchantLineDecided.borrowerIdOf(merchant));
        });
        assertThat(told.stream().map(e -> e.get("revision") + "@" + e.get("net")))
                .containsExactly("1@980.00", "2@980.00", "3@2500.00");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM outbox_event WHERE event_type = ? AND envelope->'payload'->>'merchantId' = ?",
                        Integer.class,
                        MerchantSalesReported.class.getSimpleName(),
                        merchant))
                .as("seven days twice and one day once more")
                .isEqualTo(15);

        assertThat(status(self, salesPath(merchant), sales(List.of(day(today.plusDays(1), "1.00", 1, "0.00", "4.0")))))
                .as("a day after the business date")
                .isEqualTo(422);
        assertThat(status(self, salesPath(merchant), sales(List.of(week.get(0), week.get(0)))))
                .as("a day twice in one request")
                .isEqualTo(422);
        assertThat(status(self, salesPath(merchant), sales(List.of(day(today, "1.00", 1, "0.00", "4.25")))))
                .as("a rating of two decimals")
                .isEqualTo(400);
        assertThat(status(self, salesPath(merchant), sales(List.of(day(today, "-1.00", 1, "0.00", "4.0")))))
                .as("negative sales")
                .isEqualTo(400);
        assertThat(status(asMerchant(merchantId()), salesPath(merchant), sales(week)))
                .as("another merchant")
                .isEqualTo(403);
        RestClient shop = TestHttp.as(port, Caller.client("shop", List.of("merchant:sales")));
        assertThat(status(shop, salesPath(merchant), sales(week)))
                .as("the shop")
                .isEqualTo(403);
        assertThat(status(TestHttp.as(port, TestCallers.staff("ada", "ADMIN")), salesPath(merchant), sales(week)))
                .isEqualTo(200);
    }

    /** The series of {@code MerchantFeaturesTest}, up to the business date. */
    private static List<String> handSeries(LocalDate today) {
        List<String> days = new ArrayList<>();
        for (int back = 89; back >= 30; back--) {
            days.add(day(today.minusDays(back), "1000.00", 10, "50.00", "4.5"));
        }
        for (int back = 29; back >= 6; back--) {
            days.add(day(today.minusDays(back), "1200.00", 12, "0.00", "4.8"));
        }
        return days;
    }

    private static String merchantId() {
        return "shop-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private RestClient asMerchant(String merchantId) {
        return TestHttp.as(port, Caller.partner(merchantId, "k1", List.of("merchant:sales")));
    }

    private static String salesPath(String merchant) {
        return "/api/v1/merchants/" + merchant + "/sales";
    }

    private static String applyPath(String merchant) {
        return "/api/v1/merchants/" + merchant + "/credit-applications";
    }

    private static String profile(LocalDate today) {
        return "{\"name\": \"Test store\", \"onboardedOn\": \"" + today.minusMonths(24)
                + "\", \"category\": \"electronics\"}";
    }

    private static String day(LocalDate date, String gross, int orders, String refunds, String rating) {
        return "{\"date\": \"" + date + "\", \"grossSales\": {\"amount\": \"" + gross + "\", \"currency\": \"CNY\"},"
                + " \"orders\": " + orders + ", \"refunds\": {\"amount\": \"" + refunds + "\", \"currency\": \"CNY\"},"
                + " \"rating\": " + rating + "}";
    }

    private static String sales(List<String> days) {
        return "{\"days\": [" + String.join(", ", days) + "]}";
    }

    private int status(RestClient client, String path, String body) {
        return send(client, HttpMethod.POST, path, body, null).getStatusCode().value();
    }

    private static ResponseEntity<JsonNode> send(
            RestClient client, HttpMethod method, String path, String body, String idempotencyKey) {
        var request = client.method(method).uri(path);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().onStatus(s -> true, (req, res) -> {}).toEntity(JsonNode.class);
    }
}
