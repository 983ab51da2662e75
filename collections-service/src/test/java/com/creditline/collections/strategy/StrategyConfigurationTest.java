package com.creditline.collections.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.collections.strategy.model.Strategies;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

class StrategyConfigurationTest {

    @Test
    void shouldShipTheDefaultStrategyOfTheProductRulesAsConfiguration() throws Exception {
        var sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        Binder binder = new Binder(ConfigurationPropertySources.from(sources));

        StrategyProperties properties =
                binder.bind("collections.strategy", StrategyProperties.class).get();

        assertThat(new StrategyConfiguration().reminderStrategy(properties).steps())
                .containsExactlyElementsOf(Strategies.DEFAULT_STEPS);
    }
}
