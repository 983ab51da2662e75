package com.creditline.risk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.repayment.DelinquencyChanged;
import com.creditline.events.repayment.RepaymentTopics;
import com.creditline.risk.PlatformEvents;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/** An approved application is labelled bad once its customer reaches 90 days past due. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class OutcomeLabellingIT {

    static final Caller SHOP = Caller.client("shop", List.of("customers:write", "customers:read"));

    @LocalServerPort
    int port;

    @Autowired
    PlatformEvents events;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutcomeLabellingSchedule labelling;

    @Test
    void shouldLabelAnApplicationBadAtNinetyDaysPastDueAndLeaveAnotherOpen() {
        String bad = apply();
        String open = apply();
        LocalDate today = clock.businessDate();
        events.publish(RepaymentTopics.LEDGER, new DelinquencyChanged(bad, 95, Money.yuan(900), today, today));
        events.publish(RepaymentTopics.LEDGER, new DelinquencyChanged(open, 3, Money.yuan(90), today, today));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM customer_behaviour WHERE customer_id IN (?, ?) AND days_past_due > 0",
                                Integer.class,
                                bad,
                                open)
                        == 2);

        labelling.labelAll();

        assertThat(outcome(bad)).isEqualTo("BAD");
        assertThat(outcome(open)).isNull();
    }

    private String outcome(String customer) {
        return jdbc.queryForObject(
                "SELECT outcome FROM credit_application WHERE customer_id = ? AND decision = 'APPROVED'",
                String.class,
                customer);
    }

    private String apply() {
        String customer = "out-" + UUID.randomUUID().toString().substring(0, 8);
        TestHttp.as(port, SHOP)
                .post()
                .uri("/api/v1/applications")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"customerId\":\"" + customer + "\",\"features\":{\"accountAgeMonths\":38,\"orders12m\":57,"
                        + "\"spend12m\":{\"amount\":\"18450.00\",\"currency\":\"CNY\"},\"returnRate\":0.04,"
                        + "\"onTimePaymentRatio\":0.98,\"worstDpd\":0,\"identityVerified\":true,"
                        + "\"incomeBand\":\"FROM_8K_TO_15K\",\"devices\":2}}")
                .retrieve()
                .toBodilessEntity();
        return customer;
    }
}
