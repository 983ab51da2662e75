package com.creditline.repayment.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.security.Caller;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestCallers;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portfolio on a real PostgreSQL, through the HTTP API as the gateway forwards it: three plans of
 * known standing (current, 40 days past due, charged off) move the buckets, the bands and their
 * vintages by exactly themselves, whatever else the shared database holds. The plans are written
 * as rows (a read-only report needs no journal) and leave with the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PortfolioIT {

    static final Caller VIEWER = TestCallers.staff("vera", "VIEWER");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BusinessClock clock;

    final List<UUID> plans = new ArrayList<>();

    @AfterEach
    void forgetThePlansOfThisTest() {
        for (UUID plan : plans) {
            jdbc.update("DELETE FROM installment WHERE plan_id = ?", plan);
            jdbc.update("DELETE FROM plan WHERE plan_id = ?", plan);
        }
    }

    @Test
    void shouldCountEachPlanInItsBucketBandAndVintage() {
        LocalDate today = clock.businessDate();
        JsonNode before = read("/api/v1/admin/portfolio/delinquency");
        JsonNode vintagesBefore = read("/api/v1/admin/portfolio/vintages?months=36");

        LocalDate lateOpened = today.minusDays(70);
        UUID late = plan("ACTIVE", lateOpened, "600.00");
        installment(late, 1, today.minusDays(40), null);
        installment(late, 2, today.plusDays(20), null);
        UUID current = plan("ACTIVE", today.minusDays(5), "1000.00");
        installment(current, 1, today.plusDays(25), null);
        LocalDate writtenOffOpened = today.minusDays(250);
        UUID writtenOff = plan("CHARGED_OFF", writtenOffOpened, "300.00");
        installment(writtenOff, 1, today.minusDays(220), null);

        JsonNode after = read("/api/v1/admin/portfolio/delinquency");
        assertThat(after.get("businessDate").asString()).isEqualTo(today.toString());
        assertThat(after.get("plans").asLong() - before.get("plans").asLong()).isEqualTo(3);
        assertThat(amountMoved(before, after, "outstandingPrincipal")).isEqualByComparingTo("1900.00");
        assertThat(bucketsMoved(before, after, "buckets", "bucket"))
                .containsExactly("CURRENT +1 1000.00", "M2 +1 600.00", "CHARGED_OFF +1 300.00");
        assertThat(bucketsMoved(before, after, "daysPastDue", "band"))
                .containsExactly("CURRENT +1 1000.00", "DAYS_31_60 +1 600.00");

        JsonNode vintagesAfter = read("/api/v1/admin/portfolio/vintages?months=36");
        assertThat(vintagesAfter.get("daysPastDue").asInt()).isEqualTo(30);
        for (LocalDate opened : List.of(lateOpened, writtenOffOpened)) {
            JsonNode was = vintage(vintagesBefore, opened);
            JsonNode is = vintage(vintagesAfter, opened);
            long plansBefore = was == null ? 0 : was.get("plans").asLong();
            assertThat(is.get("plans").asLong() - plansBefore)
                    .as(opened.toString())
                    .isEqualTo(1);
            JsonNode lastPoint = is.get("curve").get(is.get("curve").size() - 1);
            long reachedBefore = was == null || was.get("curve").isEmpty()
                    ? 0
                    : was.get("curve")
                            .get(was.get("curve").size() - 1)
                            .get("reached")
                            .asLong();
            assertThat(lastPoint.get("reached").asLong() - reachedBefore)
                    .as("reached 30 days past due by the last month on book, " + opened)
                    .isEqualTo(1);
        }
    }

    @Test
    void shouldRefuseMonthsOutsideTheirRangeWithAProblem() {
        ResponseEntity<String> refused = TestHttp.as(port, VIEWER)
                .get()
                .uri("/api/v1/admin/portfolio/vintages?months=0")
                .retrieve()
                .toEntity(String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).get("status").asInt()).isEqualTo(400);
    }

    UUID plan(String status, LocalDate opened, String outstanding) {
        UUID id = UUID.randomUUID();
        plans.add(id);
        jdbc.update(
                "INSERT INTO plan (plan_id, order_id, customer_id, method, installment_count, merchant_subsidised,"
                        + " nominal_apr, capture_date, principal, outstanding_principal, status,"
                        + " principal_days_through, created_at)"
                        + " VALUES (?, ?, ?, 'FLAT_MONTHLY_FEE', 2, false, 0.1, ?, ?, ?, ?, ?, now())",
                id,
                "O-PF-" + id,
                "C-PF-" + id,
                opened,
                new BigDecimal(outstanding),
                new BigDecimal(outstanding),
                status,
                opened);
        return id;
    }

    void installment(UUID plan, int number, LocalDate due, LocalDate settledOn) {
        jdbc.update(
                "INSERT INTO installment (installment_id, plan_id, installment_number, period_start, due_date,"
                        + " scheduled_principal, scheduled_fee, principal, fee, status, settled_on)"
                        + " VALUES (?, ?, ?, ?, ?, 100, 0, 100, 0, ?, ?)",
                UUID.randomUUID(),
                plan,
                number,
                due.minusMonths(1),
                due,
                settledOn != null ? "PAID" : due.isBefore(clock.businessDate()) ? "OVERDUE" : "DUE",
                settledOn);
    }

    JsonNode read(String path) {
        ResponseEntity<String> answer =
                TestHttp.as(port, VIEWER).get().uri(path).retrieve().toEntity(String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    static BigDecimal amountMoved(JsonNode before, JsonNode after, String field) {
        return new BigDecimal(after.get(field).get("amount").asString())
                .subtract(new BigDecimal(before.get(field).get("amount").asString()));
    }

    /** The lines whose count moved, as "NAME +plans principal". */
    static List<String> bucketsMoved(JsonNode before, JsonNode after, String list, String name) {
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < after.get(list).size(); i++) {
            JsonNode was = before.get(list).get(i);
            JsonNode is = after.get(list).get(i);
            long plans = is.get("plans").asLong() - was.get("plans").asLong();
            if (plans != 0) {
                moved.add(is.get(name).asString() + " +" + plans + " "
                        + amountMoved(was, is, "outstandingPrincipal").toPlainString());
            }
        }
        return moved;
    }

    static JsonNode vintage(JsonNode report, LocalDate opened) {
        for (JsonNode v : report.get("vintages")) {
            if (v.get("month").asString().equals(YearMonth.from(opened).toString())) {
                return v;
            }
        }
        return null;
    }
}
