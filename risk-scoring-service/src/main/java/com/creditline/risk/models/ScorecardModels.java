package com.creditline.risk.models;

import com.creditline.risk.scoring.ModelOrigin;
import com.creditline.risk.scoring.ModelVersion;
import com.creditline.risk.scoring.scorecard.Scorecard;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The model registry (table {@code scorecard_model}), artifacts and comparisons as JSON. */
@Repository
class ScorecardModels {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ScorecardModels(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<RegisteredModel> all() {
        return jdbc.sql("SELECT * FROM scorecard_model ORDER BY created_at DESC, model_id, version DESC")
                .query((rs, n) -> new RegisteredModel(
                        new ModelVersion(
                                rs.getString("model_id"),
                                rs.getInt("version"),
                                ModelOrigin.valueOf(rs.getString("origin"))),
                        ModelStatus.valueOf(rs.getString("status")),
                        rs.getString("comparison") == null
                                ? null
                                : json.readValue(rs.getString("comparison"), ModelComparison.class),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by")))
                .list();
    }

    Optional<ModelVersion> champion() {
        return jdbc.sql("SELECT model_id, version, origin FROM scorecard_model WHERE status = 'CHAMPION'")
                .query((rs, n) -> new ModelVersion(
                        rs.getString("model_id"), rs.getInt("version"), ModelOrigin.valueOf(rs.getString("origin"))))
                .optional();
    }

    Optional<Scorecard> artifact(ModelVersion model) {
        return jdbc.sql("SELECT artifact::text FROM scorecard_model WHERE model_id = ? AND version = ?")
                .params(model.modelId(), model.version())
                .query((rs, n) -> rs.getString(1))
                .optional()
                .map(text -> json.readValue(text, Scorecard.class));
    }

    int nextVersion(String modelId) {
        return jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM scorecard_model WHERE model_id = ?")
                .param(modelId)
                .query(Integer.class)
                .single();
    }

    void addChallenger(Scorecard scorecard, ModelComparison comparison, String createdBy, Instant at) {
        jdbc.sql("INSERT INTO scorecard_model (model_id, version, origin, status, artifact, comparison, created_at,"
                        + " created_by) VALUES (?, ?, ?, 'CHALLENGER', ?::jsonb, ?::jsonb, ?, ?)")
                .params(
                        scorecard.modelId(),
                        scorecard.version(),
                        scorecard.origin().name(),
                        json.writeValueAsString(scorecard),
                        json.writeValueAsString(comparison),
                        Timestamp.from(at),
                        createdBy)
                .update();
    }

    /** Every promotion, newest first. */
    List<Promotion> promotions() {
        return jdbc.sql("SELECT * FROM model_promotion ORDER BY promoted_at DESC, promotion_id")
                .query((rs, n) -> new Promotion(
                        rs.getString("model_id"),
                        rs.getInt("version"),
                        rs.getString("previous_id"),
                        rs.getObject("previous_version", Integer.class),
                        rs.getString("promoted_by"),
                        rs.getString("reason"),
                        rs.getTimestamp("promoted_at").toInstant()))
                .list();
    }

    /** The champion retires and the given model takes its place, in the caller's transaction. */
    void promote(ModelVersion model, Optional<ModelVersion> previous, String actor, String reason, Instant at) {
        jdbc.sql("UPDATE scorecard_model SET status = 'RETIRED' WHERE status = 'CHAMPION'")
                .update();
        jdbc.sql("UPDATE scorecard_model SET status = 'CHAMPION' WHERE model_id = ? AND version = ?")
                .params(model.modelId(), model.version())
                .update();
        jdbc.sql("INSERT INTO model_promotion (promotion_id, model_id, version, previous_id, previous_version,"
                        + " promoted_by, reason, promoted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        model.modelId(),
                        model.version(),
                        previous.map(ModelVersion::modelId).orElse(null),
                        previous.map(ModelVersion::version).orElse(null),
                        actor,
                        reason,
                        Timestamp.from(at))
                .update();
    }
}
