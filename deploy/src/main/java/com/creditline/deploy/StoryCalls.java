package com.creditline.deploy;

import com.creditline.deploy.GatewayClient.Reply;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;

/** The calls every story makes: expecting an answer, and moving the business date as operations. */
final class StoryCalls {

    private StoryCalls() {}

    static Reply expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + reply.status() + ": " + reply.body());
        }
        return reply;
    }

    /** The platform's business date: the last date end of day closed. */
    static LocalDate businessDate(GatewayClient ops) {
        return LocalDate.parse(
                expect(200, ops.get("/api/v1/admin/business-date")).text("businessDate"));
    }

    /**
     * Runs end of day through the date, ahead of the calendar on purpose (the stories say so), a
     * month of dates per call so that each call stays well within the gateway's timeout.
     */
    static void endOfDay(GatewayClient ops, LocalDate through) {
        LocalDate next = businessDate(ops).plusDays(30);
        while (next.isBefore(through)) {
            runEndOfDay(ops, next);
            next = next.plusDays(30);
        }
        runEndOfDay(ops, through);
    }

    private static void runEndOfDay(GatewayClient ops, LocalDate through) {
        expect(
                200,
                ops.post(
                        "/api/v1/admin/end-of-day",
                        "{\"runThrough\":\"" + through + "\",\"allowAheadOfCalendar\":true}"));
    }

    /** The quote's offer by a method over a number of installments. */
    static JsonNode offer(Reply quote, String method, int installments) {
        for (JsonNode offer : quote.body().path("offers")) {
            if (offer.path("method").asString().equals(method)
                    && offer.path("installmentCount").asInt() == installments) {
                return offer;
            }
        }
        throw new IllegalStateException("no " + method + " offer over " + installments + ": " + quote.body());
    }
}
