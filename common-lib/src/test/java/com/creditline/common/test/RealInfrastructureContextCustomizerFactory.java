package com.creditline.common.test;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every test class annotated {@link RealInfrastructure} at the JVM's real PostgreSQL and
 * Kafka. The customizer is a value (equal when the annotation is), so Spring's context cache still
 * shares contexts between test classes.
 */
public class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        RealInfrastructure annotation = AnnotatedElementUtils.findMergedAnnotation(testClass, RealInfrastructure.class);
        return annotation == null ? null : new Customizer(annotation.kafka());
    }

    /** Adds the properties above the application's own files but below the test's inlined ones. */
    record Customizer(boolean withKafka) implements ContextCustomizer {

        private static final String SOURCE = "realInfrastructure";
        private static final String INLINED = "Inlined Test Properties";

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            MapPropertySource source = new MapPropertySource(SOURCE, TestInfrastructure.springProperties(withKafka));
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            if (sources.contains(INLINED)) {
                sources.addAfter(INLINED, source);
            } else {
                sources.addFirst(source);
            }
        }
    }
}
