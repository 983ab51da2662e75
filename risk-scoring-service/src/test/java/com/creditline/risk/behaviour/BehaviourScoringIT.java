package com.creditline.risk.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.creditline.common.time.BusinessDates;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.PlanCreated;
import com.creditline.events.credit.CreditAccountOpened;
import com.creditline.events.credit.CreditTopics;
import com.creditline.events.repayment.DelinquencyChanged;
import com.creditline.events.repayment.OnTimeStreakReached;
import com.creditline.events.repayment.PaymentReceived;
import com.creditline.events.repayment.RepaymentTopics;
import com.creditline.risk.PlatformEvents;
import com.creditline.risk.grading.GradeOfRecord;
import com.creditline.risk.grading.model.GradeSource;
import com.creditline.risk.grading.model.Grading;
import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.ModelVersion;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The behaviour score on real PostgreSQL and Kafka: a customer graded B at application who falls
 * 35 days past due is re-graded E after the business date moves, and the platform is told to cut
 * the line to half; one who pays on time is raised to A with a line 20 % larger.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class BehaviourScoringIT {

    @LocalServerPort
    int port;

    @Autowired
    PlatformEvents events;

    @Autowired
    GradeOfRecord grades;

    @Autowired
    BehaviourScoringSchedule schedule;

    @Autowired
    BusinessDates businessDates;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldRegradeALatePayerAndAnOnTimePayerOnceTheDateMoves() {
        LocalDate today = clock.businessDate();
        String late = approvedAtB("late");
        String onTime = approvedAtB("ontime");
        events.publish(RepaymentTopics.LEDGER, new DelinquencyChanged(late, 35, Money.yuan(1_000), today, today));
        events.publish(
                RepaymentTopics.LEDGER,
                new PaymentReceived(onTime, UUID.randomUUID(), "pay-" + onTime, Money.yuan(1_020), Money.ZERO));
        events.publish(RepaymentTopics.LEDGER, new OnTimeStreakReached(onTime, 1));
        RestClient staff = TestHttp.as(port, TestCallers.staff("vera", "VIEWER"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(behaviour(staff, late).path("daysPastDue").asInt()).isEqualTo(35);
            assertThat(behaviour(staff, onTime).path("onTimeStreak").asInt()).isEqualTo(1);
        });

        schedule.scoreDue();
        assertThat(grade(staff, late).path("grade").asString())
                .as("not before the date moves")
                .isEqualTo("B");

        businessDates.follow(today.plusDays(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> clock.businessDate().isAfter(today));
        schedule.scoreDue();

        JsonNode lateGrade = grade(staff, late);
        assertThat(lateGrade.path("grade").asString()).isEqualTo("E");
        assertThat(lateGrade.path("source").asString()).isEqualTo("BEHAVIOUR");
        JsonNode move = lateGrade.path("history").get(0);
        assertThat(move.path("oldGrade").asString()).isEqualTo("B");
        assertThat(move.path("modelId").asString()).isEqualTo("behaviour-expert");
        assertThat(move.path("modelVersion").asInt()).isEqualTo(1);
        assertThat(move.path("reasons").get(0).asString()).isEqualTo("daysPastDue");
        assertThat(gradeChanged(late)).containsEntry("newGrade", "E").containsEntry("limit", "5000.00");

        assertThat(grade(staff, onTime).path("grade").asString()).isEqualTo("A");
        assertThat(gradeChanged(onTime)).containsEntry("newGrade", "A").containsEntry("limit", "12000.00");

        int moves = grade(staff, late).path("history").size();
        schedule.scoreDue();
        assertThat(grade(staff, late).path("history").size())
                .as("once a business date")
                .isEqualTo(moves);
    }

    private String approvedAtB(String kind) {
        String customer = kind + "-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = clock.businessDate();
        grades.grade(new Grading(
                CustomerId.of(customer),
                Grade.B,
                580,
                ModelVersion.EXPERT,
                GradeSource.APPLICATION,
                "risk-scoring",
                List.of(),
                Money.yuan(10_000),
                today,
                clock.now()));
        events.publish(CreditTopics.ACCOUNTS, new CreditAccountOpened(customer, Money.yuan(10_000), "B", "TIER_B"));
        events.publish(
                CheckoutTopics.ORDERS,
                new PlanCreated(
                        UUID.randomUUID(),
                        "o-" + customer,
                        customer,
                        Money.yuan(3_000),
                        "EQUAL_INSTALLMENT",
                        3,
                        false,
                        new BigDecimal("0.12"),
                        today,
                        List.of(),
                        "A",
                        null,
                        Money.ZERO,
                        Money.ZERO,
                        null,
                        null));
        return customer;
    }

    private Map<String, Object> gradeChanged(String customer) {
        return jdbc.queryForMap(
                "SELECT envelope->'payload'->>'newGrade' AS \"newGrade\","
                        + " envelope->'payload'->'recommendedLimit'->>'amount' AS \"limit\""
                        + " FROM outbox_event WHERE event_type = 'RiskGradeChanged' AND message_key = ?",
                customer);
    }

    private JsonNode behaviour(RestClient staff, String customer) {
        return staff.get()
                .uri("/api/v1/admin/risk/customers/{c}/behaviour", customer)
                .retrieve()
                .onStatus(s -> true, (req, res) -> {})
                .body(JsonNode.class);
    }

    private JsonNode grade(RestClient staff, String customer) {
        return staff.get()
                .uri("/api/v1/admin/risk/customers/{c}/grade", customer)
                .retrieve()
                .body(JsonNode.class);
    }
}
