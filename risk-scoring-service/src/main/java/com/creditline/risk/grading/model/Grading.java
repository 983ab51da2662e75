package com.creditline.risk.grading.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.ModelVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A grade a model or an officer gave a customer, with what the line should become.
 *
 * @param actor who graded: {@code risk-scoring} for a model, {@code staff:<user>} for an officer
 * @param recommendedLimit the line the grade earns
 */
public record Grading(
        CustomerId customerId,
        Grade grade,
        int score,
        ModelVersion model,
        GradeSource source,
        String actor,
        List<String> reasons,
        Money recommendedLimit,
        LocalDate on,
        Instant at) {}
