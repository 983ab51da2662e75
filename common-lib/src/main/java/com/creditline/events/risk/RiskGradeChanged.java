package com.creditline.events.risk;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;

/** A behaviour review changed a customer's grade and recommended limit. */
public record RiskGradeChanged(
        String customerId, String oldGrade, String newGrade, Money recommendedLimit, String reason)
        implements CustomerEvent {

    @Override
    public String aggregateId() {
        return customerId;
    }
}
