package com.creditline.risk.grading;

import com.creditline.common.id.CustomerId;
import com.creditline.common.outbox.Outbox;
import com.creditline.events.risk.RiskGradeChanged;
import com.creditline.events.risk.RiskTopics;
import com.creditline.risk.grading.model.CustomerGrade;
import com.creditline.risk.grading.model.GradeChange;
import com.creditline.risk.grading.model.Grading;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each customer's one grade of record. A grading that moves it is recorded with its model,
 * reasons and actor, and, for a customer who already had a grade, told to the platform so that
 * credit-limit moves the line and checkout prices new plans at the new grade (a first grade comes
 * with the approval that opens the line).
 */
@Service
public class GradeOfRecord {

    private static final Logger log = LoggerFactory.getLogger(GradeOfRecord.class);

    private final CustomerGrades grades;
    private final GradeChanges changes;
    private final Outbox outbox;

    GradeOfRecord(CustomerGrades grades, GradeChanges changes, Outbox outbox) {
        this.grades = grades;
        this.changes = changes;
        this.outbox = outbox;
    }

    @Transactional(readOnly = true)
    public Optional<CustomerGrade> current(CustomerId customerId) {
        return grades.findById(customerId);
    }

    @Transactional(readOnly = true)
    public List<GradeChange> history(CustomerId customerId) {
        return changes.findByCustomerIdOrderByChangedAtDesc(customerId);
    }

    /** Takes a grading; the change, when the grade of record moved. */
    @Transactional
    public Optional<GradeChange> grade(Grading grading) {
        Optional<CustomerGrade> current = grades.lock(grading.customerId());
        if (current.isEmpty()) {
            grades.save(CustomerGrade.of(grading));
            return Optional.of(changes.save(GradeChange.first(grading)));
        }
        Optional<GradeChange> moved = current.get().regrade(grading);
        moved.ifPresent(change -> {
            changes.save(change);
            outbox.append(
                    RiskTopics.DECISIONS,
                    new RiskGradeChanged(
                            grading.customerId().value(),
                            change.oldGrade().name(),
                            change.newGrade().name(),
                            grading.recommendedLimit(),
                            "%s by %s (%s): %s"
                                    .formatted(
                                            grading.source().name().toLowerCase(),
                                            grading.actor(),
                                            grading.model(),
                                            String.join(", ", grading.reasons()))));
            log.info(
                    "customer {} regraded {} -> {} by {} ({})",
                    grading.customerId(),
                    change.oldGrade(),
                    change.newGrade(),
                    grading.actor(),
                    grading.model());
        });
        return moved;
    }
}
