package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.test.TestCallers;
import com.creditline.deploy.GatewayClient.Reply;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two replicas each of repayment-service and credit-limit-service on the real platform (each pair
 * on one schema and one broker, as a deployment runs them): end of day run through one repayment
 * replica moves the business date of all four, whichever credit-limit replica's consumer received
 * the news. Before, the date lived in each JVM and moved only where the event arrived.
 */
class BusinessDateReplicasIT {

    static final Duration EVENTUALLY = Duration.ofSeconds(60);

    @Test
    void shouldShowEveryReplicaOfRepaymentAndCreditLimitTheDateEndOfDayCommittedThroughOne() throws Exception {
        Platform platform = TestPlatform.get();
        GatewayClient shop = GatewayClient.asShop(platform.gatewayUrl());
        GatewayClient ops =
                GatewayClient.asStaff(platform.gatewayUrl(), "alice").because("business date replicas test");
        String customer = "replicas-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(shop.post("/api/v1/applications", CustomerStory.application(customer))
                        .status())
                .isEqualTo(201);
        shop.await("/api/v1/credit-accounts/" + customer, r -> r.status() == 200, EVENTUALLY);

        ServiceProcess repaymentReplica = platform.startReplica("repayment");
        ServiceProcess creditLimitReplica = platform.startReplica("credit-limit");
        try {
            String token = TestCallers.tokenFor(TestCallers.EVERYTHING);
            GatewayClient repayment = GatewayClient.withCallerToken(platform.serviceUrl("repayment"), token);
            GatewayClient repayment2 = GatewayClient.withCallerToken(repaymentReplica.url(), token);
            GatewayClient creditLimit = GatewayClient.withCallerToken(platform.serviceUrl("credit-limit"), token);
            GatewayClient creditLimit2 = GatewayClient.withCallerToken(creditLimitReplica.url(), token);
            LocalDate next = LocalDate.parse(
                            ops.get("/api/v1/admin/business-date").text("businessDate"))
                    .plusDays(1);

            Reply run = repayment2.post(
                    "/api/v1/admin/end-of-day", "{\"runThrough\":\"" + next + "\",\"allowAheadOfCalendar\":true}");
            assertThat(run.status()).as(run.body().toString()).isEqualTo(200);

            for (GatewayClient replica : new GatewayClient[] {repayment, repayment2}) {
                replica.await(
                        "/api/v1/admin/business-date",
                        r -> r.text("businessDate").equals(next.toString()),
                        EVENTUALLY);
            }
            for (GatewayClient replica : new GatewayClient[] {creditLimit, creditLimit2}) {
                replica.await(
                        "/api/v1/credit-accounts/" + customer,
                        r -> r.text("businessDate").equals(next.toString()),
                        EVENTUALLY);
            }
        } finally {
            repaymentReplica.stop(Duration.ofSeconds(25));
            creditLimitReplica.stop(Duration.ofSeconds(25));
        }
    }
}
