package com.creditline.risk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.TestHttp;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.PlanCreated;
import com.creditline.events.repayment.DelinquencyChanged;
import com.creditline.events.repayment.LoansChargedOff;
import com.creditline.events.repayment.PrincipalReduced;
import com.creditline.events.repayment.RepaymentTopics;
import com.creditline.risk.PlatformEvents;
import java.math.BigDecimal;
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

/**
 * An approved application is labelled bad once its customer reaches 90 days past due, or once
 * repayment charges the customer off within the window (on the date its event gives).
 */
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

    @Test
    void shouldLabelAnApplicationBadWhenRepaymentChargesItsCustomerOffWithinTheWindow() {
        String chargedOff = apply();
        String chargedOffLater = apply();
        LocalDate today = clock.businessDate();
        LocalDate withinWindow = today.plusMonths(7);
        LocalDate afterWindow = today.plusMonths(13);
        chargeOff(chargedOff, withinWindow);
        chargeOff(chargedOffLater, afterWindow);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM customer_behaviour WHERE customer_id IN (?, ?)"
                                        + " AND charged_off_on IS NOT NULL AND plans = 1",
                                Integer.class,
                                chargedOff,
                                chargedOffLater)
                        == 2);
        assertThat(chargedOffOn(chargedOff)).isEqualTo(withinWindow);
        assertThat(chargedOffOn(chargedOffLater)).isEqualTo(afterWindow);

        labelling.labelAll();

        assertThat(outcome(chargedOff)).isEqualTo("BAD");
        // Charged off after the first 12 months on book: not yet known, and not paid off either.
        assertThat(outcome(chargedOffLater)).isNull();
    }

    /** What repayment's end of day publishes when it charges off a customer's one plan of 900 yuan. */
    private void chargeOff(String customer, LocalDate on) {
        UUID plan = UUID.randomUUID();
        events.publish(
                CheckoutTopics.ORDERS,
                new PlanCreated(
                        plan,
                        "o-" + plan,
                        customer,
                        Money.yuan(900),
                        "EQUAL_INSTALLMENT",
                        3,
                        false,
                        new BigDecimal("0.12"),
                        clock.businessDate(),
                        List.of(),
                        "A",
                        null,
                        Money.ZERO,
                        Money.ZERO,
                        null,
                        null));
        events.publish(
                RepaymentTopics.LEDGER,
                new PrincipalReduced(customer, plan, Money.yuan(900), "CHARGE_OFF", "SHOPPING"));
        events.publish(
                RepaymentTopics.LEDGER, new LoansChargedOff(customer, 1, Money.yuan(900), Money.of("12.30"), 180, on));
    }

    private LocalDate chargedOffOn(String customer) {
        return jdbc.queryForObject(
                "SELECT charged_off_on FROM customer_behaviour WHERE customer_id = ?", LocalDate.class, customer);
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
