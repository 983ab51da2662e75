package com.creditline.common.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The services declare every topic a service publishes to: none is left to the broker's default. */
class KafkaTopicsTest {

    @Test
    void shouldDeclareEveryTopicOfTheEventsPackages() throws Exception {
        List<String> published = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:com/creditline/events/**/*Topics.class")) {
            String path = resource.getURL().getPath();
            String name = path.substring(path.indexOf("com/creditline/events/"), path.length() - ".class".length())
                    .replace('/', '.');
            for (Field field : Class.forName(name).getFields()) {
                if (Modifier.isStatic(field.getModifiers())
                        && field.getType() == String.class
                        && !field.getName().equals("KEY")) {
                    published.add((String) field.get(null));
                }
            }
        }
        assertThat(published).hasSizeGreaterThanOrEqualTo(6);
        assertThat(KafkaTopicsAutoConfiguration.TOPICS).containsExactlyInAnyOrderElementsOf(published);
        assertThat(KafkaTopicsAutoConfiguration.declared()).contains("checkout.orders.v1.DLT");
    }
}
