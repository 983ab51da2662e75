package com.creditline.common.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the settings every service shares ({@code creditline-defaults.yml}: JSON logs, actuator
 * probes, JPA validation, Kafka producer safety, Flyway locations) with the lowest precedence, so
 * a service's own {@code application.yml}, its environment and its arguments all override them.
 */
public class CreditlineDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "creditline-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load(
                            "creditline-defaults",
                            new ClassPathResource(RESOURCE, getClass().getClassLoader()))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
