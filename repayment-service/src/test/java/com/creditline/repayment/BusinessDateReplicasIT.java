package com.creditline.repayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestHttp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two replicas of the service on the same schema and broker (this test's context and a second one
 * started beside it): end of day run through one moves the business date of both once it commits,
 * and an end of day that rolls back moves neither.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class BusinessDateReplicasIT {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    static ConfigurableApplicationContext secondReplica;

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void startTheSecondReplica() {
        if (secondReplica == null) {
            secondReplica = new SpringApplicationBuilder(RepaymentApplication.class)
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                            "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                            "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                            "--spring.kafka.bootstrap-servers="
                                    + environment.getProperty("spring.kafka.bootstrap-servers"),
                            // As the test contexts declare the topics: a replica declaring more
                            // partitions would grow them under the other cached contexts' consumers,
                            // which see the new partitions only at their next metadata refresh.
                            "--creditline.kafka.partitions=" + environment.getProperty("creditline.kafka.partitions"));
        }
    }

    @AfterAll
    static void stopTheSecondReplica() {
        if (secondReplica != null) {
            secondReplica.close();
            secondReplica = null;
        }
    }

    @Test
    void shouldShowBothReplicasTheDateEndOfDayCommittedThroughOne() {
        LocalDate before = businessDate(first());
        LocalDate next = before.plusDays(1);

        assertThat(endOfDay(second(), next).getStatusCode().value()).isEqualTo(200);

        assertThat(businessDate(second())).isEqualTo(next);
        await().atMost(PATIENCE).until(() -> businessDate(first()).equals(next));
    }

    @Test
    void shouldLeaveBothReplicasOnTheOldDateWhenEndOfDayRollsBack() {
        LocalDate before = businessDate(first());
        LocalDate next = before.plusDays(1);
        // End of day fails after it has stored the new date, as it publishes BusinessDateAdvanced.
        jdbc.execute("""
                CREATE FUNCTION refuse_business_date_event() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the outbox refuses BusinessDateAdvanced (test)'; END $$;
                CREATE TRIGGER refuse_business_date_event BEFORE INSERT ON outbox_event
                    FOR EACH ROW WHEN (NEW.event_type = 'BusinessDateAdvanced')
                    EXECUTE FUNCTION refuse_business_date_event();
                """);
        try {
            assertThat(endOfDay(first(), next).getStatusCode().is5xxServerError())
                    .isTrue();
        } finally {
            jdbc.execute("DROP TRIGGER refuse_business_date_event ON outbox_event;"
                    + " DROP FUNCTION refuse_business_date_event();");
        }

        assertThat(jdbc.queryForObject("SELECT business_date FROM business_date", LocalDate.class))
                .isEqualTo(before);
        assertThat(businessDate(first())).isEqualTo(before);
        assertThat(businessDate(second())).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM end_of_day_run WHERE business_date = ?", Integer.class, next))
                .isZero();
    }

    private RestClient first() {
        return TestHttp.to(port);
    }

    private RestClient second() {
        return TestHttp.to(
                ((WebServerApplicationContext) secondReplica).getWebServer().getPort());
    }

    private LocalDate businessDate(RestClient replica) {
        return LocalDate.parse(json.readTree(replica.get()
                        .uri("/api/v1/admin/business-date")
                        .retrieve()
                        .body(String.class))
                .get("businessDate")
                .asString());
    }

    private static ResponseEntity<String> endOfDay(RestClient replica, LocalDate through) {
        return replica.post()
                .uri("/api/v1/admin/end-of-day")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("runThrough", through.toString(), "allowAheadOfCalendar", true))
                .retrieve()
                .toEntity(String.class);
    }
}
