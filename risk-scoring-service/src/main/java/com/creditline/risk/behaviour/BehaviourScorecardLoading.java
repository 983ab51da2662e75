package com.creditline.risk.behaviour;

import com.creditline.risk.scoring.scorecard.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/** Loads the behaviour scorecard: an artifact (JSON), not code. */
@Configuration(proxyBeanMethods = false)
class BehaviourScorecardLoading {

    @Bean
    Scorecard behaviourScorecard(BehaviourProperties properties, ResourceLoader resources, JsonMapper json) {
        try (InputStream in = resources.getResource(properties.scorecard()).getInputStream()) {
            return json.readValue(in, Scorecard.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the behaviour scorecard " + properties.scorecard(), e);
        }
    }
}
