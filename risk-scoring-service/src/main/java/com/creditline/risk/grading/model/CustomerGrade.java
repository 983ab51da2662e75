package com.creditline.risk.grading.model;

import com.creditline.common.id.CustomerId;
import com.creditline.risk.scoring.Grade;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A customer's grade of record. */
@Entity
@Table(name = "customer_grade")
public class CustomerGrade {

    @Id
    private CustomerId customerId;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private int score;
    private String modelId;
    private int modelVersion;

    @Enumerated(EnumType.STRING)
    private GradeSource source;

    private LocalDate gradedOn;

    @Version
    private long version;

    protected CustomerGrade() {}

    /** A customer's first grade; {@link GradeChange#first} records it. */
    public static CustomerGrade of(Grading grading) {
        CustomerGrade grade = new CustomerGrade();
        grade.customerId = grading.customerId();
        grade.take(grading);
        return grade;
    }

    /** Takes a new grading; a change when the grade moved, nothing when it stayed. */
    public Optional<GradeChange> regrade(Grading grading) {
        Grade old = grade;
        if (old == grading.grade()) {
            return Optional.empty();
        }
        take(grading);
        return Optional.of(GradeChange.of(UUID.randomUUID(), old, grading));
    }

    private void take(Grading grading) {
        grade = grading.grade();
        score = grading.score();
        modelId = grading.model().modelId();
        modelVersion = grading.model().version();
        source = grading.source();
        gradedOn = grading.on();
    }

    public CustomerId customerId() {
        return customerId;
    }

    public Grade grade() {
        return grade;
    }

    public int score() {
        return score;
    }

    public GradeSource source() {
        return source;
    }

    public LocalDate gradedOn() {
        return gradedOn;
    }
}
