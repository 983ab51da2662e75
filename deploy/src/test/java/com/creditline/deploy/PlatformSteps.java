package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.deploy.GatewayClient.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The steps the end-to-end tests take through the gateway, as the shop (apply, authorise, capture,
 * read plans) and as operations (end of day), each checking its answer.
 */
final class PlatformSteps {

    static final Duration EVENTUALLY = Duration.ofSeconds(90);

    private final GatewayClient shop;
    private final GatewayClient ops;

    PlatformSteps(GatewayClient shop, GatewayClient ops) {
        this.shop = shop;
        this.ops = ops;
    }

    /**
     * A new customer, approved, whose line is open and whom checkout can quote (it learns the
     * grade from the same approval event, a moment later); the customer's id.
     */
    String customerWithALine(String prefix) {
        String customer = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Reply decision = shop.post("/api/v1/applications", CustomerStory.application(customer));
        assertThat(decision.status()).as(decision.body().toString()).isEqualTo(201);
        shop.await(linePath(customer), r -> r.status() == 200, EVENTUALLY);
        awaitQuotable(customer);
        return customer;
    }

    /**
     * Applies, expects the grade, waits for the line and for checkout to quote the customer (a
     * capture prices with the grade checkout learns from the approval event); the permanent limit.
     */
    BigDecimal open(String customer, String application, String expectedGrade) {
        Reply decision = shop.post("/api/v1/applications", application);
        assertThat(decision.status()).as(decision.body().toString()).isEqualTo(201);
        assertThat(decision.text("grade")).isEqualTo(expectedGrade);
        Reply line = shop.await(linePath(customer), r -> r.status() == 200, EVENTUALLY);
        awaitQuotable(customer);
        return new BigDecimal(line.amount("permanentLimit"));
    }

    private void awaitQuotable(String customer) {
        shop.await(
                "quote",
                () -> shop.post("/api/v1/quotes", """
                        {"customerId":"%s","amount":{"amount":"100.00","currency":"CNY"}}""".formatted(customer)),
                r -> r.status() == 200,
                EVENTUALLY);
    }

    /** Authorises and captures an order in three monthly installments; the plan it opened. */
    JsonNode buyInThree(String customer, String amount) {
        String order = "order-" + customer;
        Reply authorised = shop.await(
                "authorise " + order,
                () -> shop.post("/api/v1/orders/" + order + "/authorisation", """
                        {"customerId":"%s","amount":{"amount":"%s","currency":"CNY"}}""".formatted(customer, amount)),
                r -> r.status() == 201 || r.status() == 200,
                EVENTUALLY);
        assertThat(authorised.text("status")).isEqualTo("AUTHORISED");
        Reply captured = shop.post("/api/v1/orders/" + order + "/captures", """
                {"captureId":"%s-c1","amount":{"amount":"%s","currency":"CNY"},
                 "method":"FLAT_MONTHLY_FEE","installmentCount":3}""".formatted(order, amount));
        assertThat(captured.status()).as(captured.body().toString()).isEqualTo(201);
        shop.await("/api/v1/plans?customerId=" + customer, r -> r.body().size() == 1, EVENTUALLY);
        return plansOf(customer).getFirst();
    }

    Reply authorise(String customer, String order, String amount, String device, double lat, double lon) {
        Reply reply = shop.post(
                "/api/v1/orders/" + order + "/authorisation", """
                {"customerId":"%s","amount":{"amount":"%s","currency":"CNY"},
                 "device":{"deviceId":"%s","latitude":%s,"longitude":%s}}""".formatted(customer, amount, device, lat, lon));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply;
    }

    List<JsonNode> plansOf(String customer) {
        List<JsonNode> plans = new ArrayList<>();
        shop.get("/api/v1/plans?customerId=" + customer).body().forEach(plans::add);
        return plans;
    }

    LocalDate firstDueDate(JsonNode plan) {
        return LocalDate.parse(plan.path("installments").get(0).path("dueDate").asString());
    }

    /** The platform's business date (the last date end of day closed), as yyyy-MM-dd. */
    String businessDate() {
        return ops.get("/api/v1/admin/business-date").text("businessDate");
    }

    /**
     * Runs end of day up to the date (ahead of the calendar, as the tests do), a month of dates per
     * call, as an operator catching up would: each call stays well within the gateway's timeout.
     */
    void endOfDay(LocalDate through) {
        LocalDate next = LocalDate.parse(businessDate()).plusDays(30);
        while (next.isBefore(through)) {
            runEndOfDay(next);
            next = next.plusDays(30);
        }
        runEndOfDay(through);
    }

    private void runEndOfDay(LocalDate through) {
        Reply run = ops.post(
                "/api/v1/admin/end-of-day", "{\"runThrough\":\"" + through + "\",\"allowAheadOfCalendar\":true}");
        assertThat(run.status()).as(run.body().toString()).isEqualTo(200);
    }

    /** The gateway's audit log entries for one path (method, actor, reason, status), oldest first. */
    List<JsonNode> auditOf(String path) {
        List<JsonNode> entries = new ArrayList<>();
        ops.get("/api/v1/admin/audit?limit=1000").body().forEach(e -> {
            if (e.path("path").asString().equals(path)) {
                entries.addFirst(e);
            }
        });
        return entries;
    }

    /** Waits until the reconciliation finds no difference and the trial balance holds. */
    void awaitReconciled(Duration timeout) {
        ops.await(
                "/api/v1/admin/reconciliation",
                r -> r.status() == 200 && r.body().path("differences").isEmpty(),
                timeout);
        ops.await("/api/v1/admin/journal/trial-balance", CustomerStory::booksHold, timeout);
    }

    static String linePath(String customer) {
        return "/api/v1/credit-accounts/" + customer;
    }
}
