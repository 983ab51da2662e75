package com.creditline.collections.strategy;

import com.creditline.collections.strategy.model.StrategyStep;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The reminder strategy as configured ({@code collections.strategy.steps}); the default is in application.yml. */
@ConfigurationProperties("collections.strategy")
record StrategyProperties(List<StrategyStep> steps) {

    StrategyProperties {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
