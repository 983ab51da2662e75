package com.creditline.repayment.funding;

import com.creditline.common.time.BusinessClock;
import com.creditline.repayment.funding.model.Funder;
import com.creditline.repayment.funding.model.FunderKind;
import com.creditline.repayment.funding.model.FunderStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of each funder: every registration, terms change and status change, with who made it,
 * why (the Audit-Reason), and the funder as it stood before and after. Kept as JSON, so that a change
 * recorded before a field of the terms existed reads as it was recorded.
 */
@Component
class FunderChanges {

    /** What kind of change it was. */
    enum Change {
        REGISTERED,
        TERMS_CHANGED,
        STATUS_CHANGED
    }

    /** A funder as a change leaves it: what its history keeps before and after each change. */
    record FunderSnapshot(
            String name,
            FunderKind kind,
            FunderStatus status,
            int priority,
            FunderView.Terms terms,
            String settlementAccount,
            String partnerId) {

        static FunderSnapshot of(Funder funder) {
            return new FunderSnapshot(
                    funder.name(),
                    funder.kind(),
                    funder.status(),
                    funder.priority(),
                    FunderView.Terms.of(funder.terms()),
                    funder.settlementAccount(),
                    funder.partnerId());
        }
    }

    @Schema(description = "One change of a funder: when, who, why, and the funder before and after it.")
    record FunderChange(
            long changeId,
            String funderId,
            Change change,
            Instant changedAt,
            LocalDate businessDate,

            @Schema(description = "Who made the change: the staff caller (staff:alice).")
            String actor,

            @Schema(description = "Why, as the Audit-Reason header said.")
            String reason,

            @Schema(
                    implementation = FunderSnapshot.class,
                    types = {"object", "null"},
                    nullable = true,
                    description = "The funder before the change (name, kind, status, priority, terms, settlement"
                            + " account, partnerId); absent for its registration.")
            JsonNode before,

            @Schema(
                    implementation = FunderSnapshot.class,
                    description = "The funder after the change, in the same form as before.")
            JsonNode after) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final BusinessClock clock;

    FunderChanges(JdbcClient jdbc, JsonMapper json, BusinessClock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Records a change in the caller's transaction; {@code before} is null for a registration. */
    void record(Funder funder, Change change, FunderSnapshot before, String actor, String reason) {
        jdbc.sql("INSERT INTO funder_change (funder_id, change, changed_at, business_date, actor, reason, before,"
                        + " after) VALUES (:funder, :change, :at, :date, :actor, :reason, CAST(:before AS jsonb),"
                        + " CAST(:after AS jsonb))")
                .param("funder", funder.id())
                .param("change", change.name())
                .param("at", Timestamp.from(clock.now()))
                .param("date", clock.businessDate())
                .param("actor", actor)
                .param("reason", reason)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", json.writeValueAsString(FunderSnapshot.of(funder)))
                .update();
    }

    /** A funder's changes, oldest first. */
    List<FunderChange> of(String funderId) {
        return jdbc.sql("SELECT change_id, funder_id, change, changed_at, business_date, actor, reason, before::text,"
                        + " after::text FROM funder_change WHERE funder_id = :funder ORDER BY change_id")
                .param("funder", funderId)
                .query((rs, n) -> new FunderChange(
                        rs.getLong("change_id"),
                        rs.getString("funder_id"),
                        Change.valueOf(rs.getString("change")),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getObject("business_date", LocalDate.class),
                        rs.getString("actor"),
                        rs.getString("reason"),
                        rs.getString("before") == null ? null : json.readTree(rs.getString("before")),
                        json.readTree(rs.getString("after"))))
                .list();
    }
}
