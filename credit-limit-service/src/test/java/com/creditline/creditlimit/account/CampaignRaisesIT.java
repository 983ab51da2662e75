package com.creditline.creditlimit.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import com.creditline.common.time.BusinessDates;
import com.creditline.creditlimit.account.model.AddingTemporaryRaise;
import com.creditline.events.risk.CampaignRaiseOffered;
import com.creditline.events.risk.RiskTopics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Festival campaigns' offers reach the line through Kafka as risk publishes them; the line's view
 * and history are read through the HTTP API as the business date moves as end of day moves it.
 */
class CampaignRaisesIT extends LineEventsIntegration {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BusinessDates businessDates;

    @Autowired
    BusinessClock clock;

    @Autowired
    RaiseDating raiseDating;

    @Test
    void shouldPlaceACampaignRaiseOnceAndRecordItsStartAndLapseAsTheBusinessDateMoves() {
        String customer = probe.newCustomer("10000.00");
        LocalDate today = clock.businessDate();
        CampaignRaiseOffered offer = new CampaignRaiseOffered(
                "cmp-618-" + customer,
                "618",
                customer,
                new BigDecimal("20"),
                null,
                today.plusDays(1),
                today.plusDays(3));

        UUID first = probe.send(RiskTopics.DECISIONS, offer);
        UUID redelivered = probe.send(RiskTopics.DECISIONS, offer);
        probe.awaitProcessed(first);
        probe.awaitProcessed(redelivered);

        JsonNode raise = probe.singleRaise(customer);
        assertThat(raise.get("amount").get("amount").asString()).isEqualTo("2000.00");
        assertThat(raise.get("source").asString()).isEqualTo("CAMPAIGN");
        assertThat(raise.get("placedBy").asString()).isEqualTo("campaign 618");
        assertThat(raise.get("campaignId").asString()).isEqualTo(offer.campaignId());
        assertThat(raise.get("state").asString()).isEqualTo("UPCOMING");
        assertThat(probe.kinds(customer))
                .containsOnlyOnce("TEMPORARY_RAISE_ADDED")
                .doesNotContain("TEMPORARY_RAISE_STARTED");
        assertThat(probe.changesOf(customer, "TEMPORARY_RAISE_ADDED")
                        .getFirst()
                        .get("actor")
                        .asString())
                .isEqualTo("campaign 618");

        moveBusinessDateTo(today.plusDays(1));
        moveBusinessDateTo(today.plusDays(2));

        assertThat(probe.singleRaise(customer).get("state").asString()).isEqualTo("IN_FORCE");
        assertThat(probe.effectiveLimit(customer)).isEqualTo("12000.00");
        JsonNode started = probe.changesOf(customer, "TEMPORARY_RAISE_STARTED").getFirst();
        assertThat(started.get("reason").asString()).contains("(campaign 618)");
        assertThat(started.get("newLimit").get("amount").asString()).isEqualTo("12000.00");

        moveBusinessDateTo(today.plusDays(4));
        moveBusinessDateTo(today.plusDays(5));

        assertThat(probe.singleRaise(customer).get("state").asString()).isEqualTo("LAPSED");
        assertThat(probe.effectiveLimit(customer)).isEqualTo("10000.00");
        assertThat(probe.kinds(customer))
                .containsOnlyOnce("TEMPORARY_RAISE_ADDED", "TEMPORARY_RAISE_STARTED", "TEMPORARY_RAISE_LAPSED");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM outbox_event WHERE event_type = 'CreditLimitChanged' AND message_key = ?",
                        Integer.class,
                        customer))
                .isEqualTo(2);
    }

    @Test
    void shouldCapTheCampaignRaiseOfALineNearTheCeiling() {
        String customer = probe.newCustomer("199500.00");
        LocalDate today = clock.businessDate();

        probe.awaitProcessed(probe.send(
                RiskTopics.DECISIONS,
                new CampaignRaiseOffered(
                        "cmp-d11-" + customer,
                        "Double 11",
                        customer,
                        null,
                        new BigDecimal("5000"),
                        today,
                        today.plusDays(10))));

        assertThat(probe.singleRaise(customer).get("amount").get("amount").asString())
                .isEqualTo("500.00");
        assertThat(probe.effectiveLimit(customer)).isEqualTo("200000.00");
        assertThat(probe.changesOf(customer, "TEMPORARY_RAISE_ADDED")
                        .getFirst()
                        .get("reason")
                        .asString())
                .contains("capped at the ceiling of 200000.00 (offered 5000.00)");
        assertThat(probe.kinds(customer)).containsOnlyOnce("TEMPORARY_RAISE_STARTED");
    }

    @Test
    void shouldRecordARaiseStartOnceWhenReplicasRecordTheSameDateTogether() throws Exception {
        String customer = probe.newCustomer("8000.00");
        LocalDate tomorrow = clock.businessDate().plusDays(1);
        lines.addTemporaryRaise(new AddingTemporaryRaise(
                CustomerId.of(customer), Money.of("1000.00"), tomorrow, tomorrow.plusDays(5), "staff:olga", "VIP"));

        ExecutorService replicas = Executors.newFixedThreadPool(4);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(replicas.submit(() -> raiseDating.recordDue(tomorrow)));
        }
        for (Future<Integer> run : runs) {
            run.get();
        }
        replicas.shutdown();

        assertThat(probe.kinds(customer)).containsOnlyOnce("TEMPORARY_RAISE_STARTED");
    }

    @Test
    void shouldTakeAnOfferForACustomerWithoutALineWithoutADeadLetter() {
        String stranger = "it-no-line-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = clock.businessDate();

        probe.awaitProcessed(probe.send(
                RiskTopics.DECISIONS,
                new CampaignRaiseOffered(
                        "cmp-" + stranger, "618", stranger, new BigDecimal("10"), null, today, today.plusDays(3))));

        assertThat(probe.deadLetters(stranger)).isZero();
    }

    /** End of day reached {@code date}: the line follows it, and the schedule records what is due. */
    private void moveBusinessDateTo(LocalDate date) {
        businessDates.follow(date);
        raiseDating.recordDue(date);
    }
}
