package com.creditline.risk.behaviour.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The worst days past due a customer reached in a calendar month. */
@Embeddable
public record MonthlyDelinquency(
        LocalDate month,
        @Column(name = "worst_days_past_due") int worstDaysPastDue) {}
