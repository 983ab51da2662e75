package com.creditline.risk.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.id.CustomerId;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.risk.CampaignRaiseOffered;
import com.creditline.events.risk.RiskTopics;
import com.creditline.risk.campaign.model.CustomerStanding;
import com.creditline.risk.campaign.model.Segment;
import com.creditline.risk.scoring.Grade;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * A festival campaign on real PostgreSQL and Kafka: launched over generated customers (grades,
 * behaviour scores, lines opened on awkward dates, frozen, past due, charged off), it offers its
 * raise to exactly the customers {@link Segment#admits} admits, once each, with one event each
 * through the outbox; a retry offers nothing twice; a viewer may not launch one; a bad one is 422.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class CampaignLaunchIT {

    static final String PATH = "/api/v1/admin/risk/campaigns";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BusinessClock clock;

    @Test
    void shouldOfferTheRaiseToExactlyTheEligibleCustomersOnceEach() {
        LocalDate today = clock.businessDate();
        String prefix = "cmp" + UUID.randomUUID().toString().substring(0, 6) + "-";
        List<CustomerStanding> customers = generated(prefix, today, 120);
        Segment segment = new Segment(Set.of(Grade.A, Grade.B), 600, 3);
        Set<String> eligible = new TreeSet<>();
        customers.stream()
                .filter(c -> segment.admits(c, today))
                .forEach(c -> eligible.add(c.customerId().value()));
        assertThat(eligible).as("the generated book has eligible customers").hasSizeGreaterThan(5);
        assertThat(customers.size() - eligible.size()).as("and ineligible ones").isGreaterThan(50);

        String name = "Double 11 " + prefix;
        String body = campaign(name, "\"raisePercent\": 20", today, today.plusDays(10));
        RestClient officer = TestHttp.as(port, TestCallers.staff("olga", "CREDIT_OFFICER"));
        String key = "campaign-" + prefix;
        ResponseEntity<JsonNode> launched = post(officer, body, key);

        assertThat(launched.getStatusCode().value()).isEqualTo(201);
        JsonNode campaign = launched.getBody();
        String campaignId = campaign.path("campaignId").asString();
        assertThat(campaign.path("customersOffered").asLong()).isGreaterThanOrEqualTo(eligible.size());
        assertThat(campaign.path("launchedBy").asString()).isEqualTo("staff:olga");
        assertThat(campaign.path("raise").path("percent").decimalValue()).isEqualByComparingTo("20");
        assertThat(new TreeSet<>(offered(campaignId, prefix)))
                .as("the SQL selection is the Java rule (Segment.admits) on the same customers")
                .isEqualTo(eligible);
        assertThat(events(campaignId, prefix)).isEqualTo(eligible.size());
        assertThat(jdbc.queryForObject(
                        "SELECT envelope->'payload'->>'endsOn' FROM outbox_event WHERE event_type = ? AND topic = ?"
                                + " AND envelope->'payload'->>'campaignId' = ? LIMIT 1",
                        String.class,
                        CampaignRaiseOffered.class.getSimpleName(),
                        RiskTopics.DECISIONS,
                        campaignId))
                .isEqualTo(today.plusDays(10).toString());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT count(*) FROM outbox_event WHERE envelope->'payload'->>'campaignId' = ?"
                                        + " AND sent_at IS NULL",
                                Integer.class,
                                campaignId))
                        .as("every offer published")
                        .isZero());

        ResponseEntity<JsonNode> retried = post(officer, body, key);
        assertThat(retried.getStatusCode().value()).isEqualTo(201);
        assertThat(retried.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.getBody().path("campaignId").asString()).isEqualTo(campaignId);
        assertThat(post(officer, body, "another-" + key).getStatusCode().value())
                .as("the same festival again, under another key")
                .isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM campaign WHERE name = ?", Integer.class, name))
                .isEqualTo(1);
        assertThat(offered(campaignId, prefix)).hasSize(eligible.size());
        assertThat(events(campaignId, prefix)).isEqualTo(eligible.size());

        RestClient viewer = TestHttp.as(port, TestCallers.staff("vera", "VIEWER"));
        JsonNode read = viewer.get().uri(PATH + "/{id}", campaignId).retrieve().body(JsonNode.class);
        assertThat(read.path("customersOffered").asLong())
                .isEqualTo(campaign.path("customersOffered").asLong());
        assertThat(read.path("reason").asString()).isEqualTo("Double 11 festival");
        assertThat(read.path("segment").path("grades").size()).isEqualTo(2);
        assertThat(viewer.get().uri(PATH).retrieve().body(JsonNode.class).findValuesAsString("campaignId"))
                .contains(campaignId);
    }

    @Test
    void shouldRefuseAViewerABadCampaignAndAnUnknownOne() {
        LocalDate today = clock.businessDate();
        String name = "refused " + UUID.randomUUID().toString().substring(0, 6);
        RestClient viewer = TestHttp.as(port, TestCallers.staff("vera", "VIEWER"));
        assertThat(post(viewer, campaign(name, "\"raisePercent\": 10", today, today), null)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);

        RestClient officer = TestHttp.as(port, TestCallers.staff("olga", "CREDIT_OFFICER"));
        ResponseEntity<JsonNode> both = post(
                officer,
                campaign(
                        name,
                        "\"raisePercent\": 10, \"raiseAmount\": {\"amount\": \"500.00\", \"currency\": \"CNY\"}",
                        today,
                        today),
                null);
        assertThat(both.getStatusCode().value()).isEqualTo(422);
        assertThat(both.getBody().path("type").asString()).endsWith("raise-unclear");
        assertThat(post(officer, campaign(name, "\"raisePercent\": 150", today, today), null)
                        .getStatusCode()
                        .value())
                .isEqualTo(422);
        assertThat(post(officer, campaign(name, "\"raisePercent\": 10", today.minusDays(1), today), null)
                        .getStatusCode()
                        .value())
                .isEqualTo(422);
        assertThat(post(officer, campaign(name, "\"raisePercent\": 10", today, today.plusDays(31)), null)
                        .getStatusCode()
                        .value())
                .isEqualTo(422);
        assertThat(post(officer, "{\"name\": \"\"}", null).getStatusCode().value())
                .isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM campaign WHERE name = ?", Integer.class, name))
                .isZero();

        ResponseEntity<JsonNode> unknown = viewer.get()
                .uri(PATH + "/{id}", UUID.randomUUID())
                .retrieve()
                .onStatus(s -> true, (req, res) -> {})
                .toEntity(JsonNode.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    }

    /**
     * Customers of every kind a segment tells apart, written where risk-scoring keeps them (the
     * behaviour and the grade of record), and their standing as the rule reads it.
     */
    private List<CustomerStanding> generated(String prefix, LocalDate today, int count) {
        Random random = new Random(2026);
        List<CustomerStanding> customers = new ArrayList<>();
        List<Object[]> behaviours = new ArrayList<>();
        List<Object[]> grades = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Grade grade = Grade.values()[random.nextInt(3)];
            Integer score = random.nextInt(5) == 0 ? null : 560 + random.nextInt(80);
            LocalDate opened = switch (random.nextInt(6)) {
                case 0 -> null;
                case 1 -> today.plusDays(1);
                case 2 -> today.minusMonths(3).plusDays(random.nextInt(3) - 1);
                case 3 -> today.withDayOfMonth(1).minusMonths(3).minusDays(1);
                default -> today.minusDays(random.nextInt(900));
            };
            String status =
                    new String[] {null, "ACTIVE", "ACTIVE", "FROZEN", "CLOSED", "DELINQUENT"}[random.nextInt(6)];
            int dpd = random.nextInt(6) == 0 ? 1 + random.nextInt(60) : 0;
            LocalDate chargedOff = random.nextInt(15) == 0 ? today.minusDays(10) : null;
            CustomerId id = CustomerId.of(prefix + i);
            customers.add(new CustomerStanding(id, grade, score, opened, status, dpd, chargedOff));
            behaviours.add(new Object[] {
                id.value(),
                opened == null ? null : Date.valueOf(opened),
                status,
                score,
                dpd,
                chargedOff == null ? null : Date.valueOf(chargedOff),
                Date.valueOf(today)
            });
            grades.add(new Object[] {id.value(), grade.name(), score == null ? 600 : score, Date.valueOf(today)});
        }
        jdbc.batchUpdate(
                "INSERT INTO customer_behaviour (customer_id, line_opened_on, line_status, behaviour_score,"
                        + " days_past_due, charged_off_on, changed_on, pending_rescore, credit_limit)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, false, 10000)",
                behaviours);
        jdbc.batchUpdate(
                "INSERT INTO customer_grade (customer_id, grade, score, model_id, model_version, source, graded_on)"
                        + " VALUES (?, ?, ?, 'behaviour-expert', 1, 'BEHAVIOUR', ?)",
                grades);
        return customers;
    }

    private List<String> offered(String campaignId, String prefix) {
        return jdbc.queryForList(
                "SELECT customer_id FROM campaign_offer WHERE campaign_id = ?::uuid AND customer_id LIKE ?",
                String.class,
                campaignId,
                prefix + "%");
    }

    private int events(String campaignId, String prefix) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM outbox_event WHERE event_type = ? AND envelope->'payload'->>'campaignId' = ?"
                        + " AND message_key LIKE ?",
                Integer.class,
                CampaignRaiseOffered.class.getSimpleName(),
                campaignId,
                prefix + "%");
    }

    private static String campaign(String name, String raise, LocalDate startsOn, LocalDate endsOn) {
        return "{\"name\": \"" + name + "\", \"segment\": {\"grades\": [\"A\", \"B\"], \"minimumBehaviourScore\": 600,"
                + " \"minimumMonthsOnBook\": 3}, " + raise + ", \"startsOn\": \"" + startsOn + "\", \"endsOn\": \""
                + endsOn + "\", \"reason\": \"Double 11 festival\"}";
    }

    private static ResponseEntity<JsonNode> post(RestClient client, String body, String idempotencyKey) {
        var request = client.post().uri(PATH).contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body)
                .retrieve()
                .onStatus(s -> true, (req, res) -> {})
                .toEntity(JsonNode.class);
    }
}
