package com.creditline.risk.scoring.scorecard;

import java.util.Map;

/**
 * One applicant's characteristics: numbers and categories by feature name. A feature the applicant
 * has no value for is simply absent. The outcome, when known, is {@link Outcome}.
 */
public record Observation(Map<String, Double> numbers, Map<String, String> categories) {

    public Observation {
        numbers = Map.copyOf(numbers);
        categories = Map.copyOf(categories);
    }

    public Double number(String feature) {
        return numbers.get(feature);
    }

    public String category(String feature) {
        return categories.get(feature);
    }
}
