package com.creditline.risk.grading.model;

import com.creditline.common.id.CustomerId;
import com.creditline.risk.scoring.Grade;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A move of a customer's grade of record: from what, to what, by which model or officer, and why. */
@Entity
@Table(name = "grade_change")
public class GradeChange {

    @Id
    private UUID changeId;

    private CustomerId customerId;

    @Enumerated(EnumType.STRING)
    private Grade oldGrade;

    @Enumerated(EnumType.STRING)
    private Grade newGrade;

    private int score;
    private String modelId;
    private int modelVersion;

    @Enumerated(EnumType.STRING)
    private GradeSource source;

    private String actor;
    private String reasons;
    private LocalDate changedOn;
    private Instant changedAt;

    protected GradeChange() {}

    static GradeChange of(UUID id, Grade old, Grading grading) {
        GradeChange change = new GradeChange();
        change.changeId = id;
        change.customerId = grading.customerId();
        change.oldGrade = old;
        change.newGrade = grading.grade();
        change.score = grading.score();
        change.modelId = grading.model().modelId();
        change.modelVersion = grading.model().version();
        change.source = grading.source();
        change.actor = grading.actor();
        change.reasons = String.join(",", grading.reasons());
        change.changedOn = grading.on();
        change.changedAt = grading.at();
        return change;
    }

    /** The change that records a customer's first grade. */
    public static GradeChange first(Grading grading) {
        return of(UUID.randomUUID(), null, grading);
    }

    public CustomerId customerId() {
        return customerId;
    }

    /** None for a customer's first grade. */
    public Grade oldGrade() {
        return oldGrade;
    }

    public Grade newGrade() {
        return newGrade;
    }

    public int score() {
        return score;
    }

    public String modelId() {
        return modelId;
    }

    public int modelVersion() {
        return modelVersion;
    }

    public GradeSource source() {
        return source;
    }

    public String actor() {
        return actor;
    }

    public List<String> reasons() {
        return reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(","));
    }

    public LocalDate changedOn() {
        return changedOn;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
