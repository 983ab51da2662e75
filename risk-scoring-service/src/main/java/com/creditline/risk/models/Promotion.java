package com.creditline.risk.models;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A model made champion (a rollback too): the champion it replaced, who promoted it, when and why. */
public record Promotion(
        String modelId,
        int version,

        @Schema(
                types = {"string", "null"},
                description = "The champion it replaced; absent for the first.")
        String previousModelId,

        @Schema(types = {"integer", "null"}) Integer previousVersion,
        String promotedBy,
        String reason,
        Instant promotedAt) {}
