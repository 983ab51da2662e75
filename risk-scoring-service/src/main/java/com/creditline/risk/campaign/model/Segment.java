package com.creditline.risk.campaign.model;

import com.creditline.risk.scoring.Grade;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;

/**
 * The customers a campaign offers its raise to: those with an open line (see {@link
 * CustomerStanding#lineOpenOn}) whose grade of record is one of the grades, whose latest behaviour
 * score reaches the minimum (when one is set; a customer never scored then does not), and whose line
 * has been open at least the minimum whole months. This is the rule; the launch selects the same
 * customers in SQL, and a test holds the two together.
 */
public record Segment(
        @NotEmpty Set<@NotNull Grade> grades,

        @JsonInclude(JsonInclude.Include.NON_NULL) @Min(0) @Max(1000)
        Integer minimumBehaviourScore,

        @Min(0) @Max(600) Integer minimumMonthsOnBook) {

    public Segment {
        grades = grades == null ? Set.of() : Set.copyOf(grades);
        minimumMonthsOnBook = minimumMonthsOnBook == null ? 0 : minimumMonthsOnBook;
    }

    public boolean admits(CustomerStanding customer, LocalDate today) {
        return customer.lineOpenOn(today)
                && grades.contains(customer.grade())
                && (minimumBehaviourScore == null
                        || (customer.behaviourScore() != null && customer.behaviourScore() >= minimumBehaviourScore))
                && customer.monthsOnBook(today) >= minimumMonthsOnBook;
    }
}
