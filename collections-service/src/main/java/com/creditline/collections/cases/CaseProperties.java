package com.creditline.collections.cases;

import com.creditline.collections.cases.model.CasePolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The case thresholds as configured ({@code collections.cases}). */
@ConfigurationProperties("collections.cases")
record CaseProperties(
        @DefaultValue("90") int freezeAtDaysPastDue,
        @DefaultValue("30") int promiseMaxDaysAhead) {

    CasePolicy policy() {
        return new CasePolicy(freezeAtDaysPastDue, promiseMaxDaysAhead);
    }
}
