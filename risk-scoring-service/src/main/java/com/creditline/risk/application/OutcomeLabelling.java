package com.creditline.risk.application;

import com.creditline.common.time.BusinessClock;
import com.creditline.risk.behaviour.BehaviourRecording;
import com.creditline.risk.behaviour.model.CustomerBehaviour;
import com.creditline.risk.outcome.LoanOutcome;
import com.creditline.risk.outcome.OutcomeDefinition;
import com.creditline.risk.outcome.PerformanceWindow;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Labels approved applications whose outcome became known, by the written definition, from the
 * customer's behaviour over the first 12 months on book. Labelling again gives the same label, so
 * replicas may overlap.
 */
@Service
class OutcomeLabelling {

    private final CreditApplications applications;
    private final BehaviourRecording behaviours;
    private final BusinessClock clock;

    OutcomeLabelling(CreditApplications applications, BehaviourRecording behaviours, BusinessClock clock) {
        this.applications = applications;
        this.behaviours = behaviours;
        this.clock = clock;
    }

    /** Labels one page of the applications after {@code after}; the last id read, none at the end. */
    @Transactional
    Optional<UUID> labelPage(UUID after, int page) {
        LocalDate today = clock.businessDate();
        List<CreditApplication> open = applications.findUnlabelledAfter(after, Limit.of(page));
        for (CreditApplication application : open) {
            behaviours
                    .behaviourOf(application.customerId())
                    .flatMap(b -> OutcomeDefinition.label(window(application, b, today)))
                    .ifPresent(outcome -> application.labelled(outcome, today));
        }
        return open.isEmpty() ? Optional.empty() : Optional.of(open.getLast().id());
    }

    private static PerformanceWindow window(CreditApplication application, CustomerBehaviour b, LocalDate today) {
        LocalDate approvedOn = application.decidedOn();
        LocalDate windowEnd = approvedOn.plusMonths(OutcomeDefinition.WINDOW_MONTHS);
        LocalDate asOf = today.isBefore(windowEnd) ? today : windowEnd;
        return new PerformanceWindow(
                approvedOn,
                today,
                b.worstDaysPastDueBetween(approvedOn, asOf),
                b.chargedOffOn() != null && !b.chargedOffOn().isAfter(windowEnd),
                b.paidOff());
    }

    /** How many approved applications have each outcome; OPEN for those not known yet. */
    @Transactional(readOnly = true)
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("OPEN", 0L);
        for (LoanOutcome outcome : LoanOutcome.values()) {
            counts.put(outcome.name(), 0L);
        }
        for (Object[] row : applications.countByOutcome()) {
            counts.put(row[0] == null ? "OPEN" : ((LoanOutcome) row[0]).name(), (Long) row[1]);
        }
        return counts;
    }
}
