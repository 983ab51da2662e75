package com.creditline.risk.models;

import com.creditline.risk.scoring.ModelVersion;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A model in the registry: its version, place, who added it and, for a trained one, how it compared
 * with the champion of its day (absent for the expert scorecard).
 */
public record RegisteredModel(
        ModelVersion model,
        ModelStatus status,
        @JsonInclude(JsonInclude.Include.NON_NULL) ModelComparison comparison,
        Instant createdAt,
        String createdBy) {}
