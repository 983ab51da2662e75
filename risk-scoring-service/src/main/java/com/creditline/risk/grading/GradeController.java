package com.creditline.risk.grading;

import com.creditline.common.id.CustomerId;
import com.creditline.common.security.Access;
import com.creditline.risk.grading.model.CustomerGrade;
import com.creditline.risk.grading.model.GradeChange;
import com.creditline.risk.grading.model.GradeSource;
import com.creditline.risk.scoring.Grade;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Staff read a customer's grade of record and how it moved. */
@Tag(name = "Grades", description = "A customer's grade of record and its history.")
@RestController
class GradeController {

    private final GradeOfRecord grades;

    GradeController(GradeOfRecord grades) {
        this.grades = grades;
    }

    record ChangeView(
            @Schema(
                    types = {"string", "null"},
                    description = "The grade before the move: A-E, or none for the customer's first grade.")
            String oldGrade,

            Grade newGrade,
            int score,
            String modelId,
            int modelVersion,
            GradeSource source,
            String actor,
            List<String> reasons,
            LocalDate changedOn,
            Instant changedAt) {

        static ChangeView of(GradeChange c) {
            return new ChangeView(
                    c.oldGrade() == null ? null : c.oldGrade().name(),
                    c.newGrade(),
                    c.score(),
                    c.modelId(),
                    c.modelVersion(),
                    c.source(),
                    c.actor(),
                    c.reasons(),
                    c.changedOn(),
                    c.changedAt());
        }
    }

    record GradeView(
            CustomerId customerId, Grade grade, GradeSource source, LocalDate gradedOn, List<ChangeView> history) {}

    @Operation(
            summary = "Read a customer's grade of record",
            description = "The one grade that prices the customer's plans and sizes their line: set by the approved"
                    + " application, moved since by the behaviour score after end of day or by an officer's"
                    + " review. The history lists every move, newest first, with the model (id and version),"
                    + " the score, the reasons and who made it.")
    @ApiResponse(responseCode = "200", description = "The grade of record and its history.")
    @ApiResponse(responseCode = "404", description = "No application of this customer was approved.")
    @GetMapping("/api/v1/admin/risk/customers/{customerId}/grade")
    @PreAuthorize(Access.STAFF)
    GradeView grade(@PathVariable CustomerId customerId) {
        CustomerGrade grade = grades.current(customerId).orElseThrow(GradeNotKnown::new);
        return new GradeView(
                customerId,
                grade.grade(),
                grade.source(),
                grade.gradedOn(),
                grades.history(customerId).stream().map(ChangeView::of).toList());
    }
}
