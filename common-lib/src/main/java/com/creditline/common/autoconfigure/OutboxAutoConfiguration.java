package com.creditline.common.autoconfigure;

import com.creditline.common.outbox.Outbox;
import com.creditline.common.outbox.OutboxProperties;
import com.creditline.common.outbox.OutboxRelay;
import com.creditline.common.time.BusinessClock;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The outbox, with a database; and with Kafka too, the relay that sends what it holds. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
        })
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnBean({JdbcTemplate.class, JsonMapper.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(JdbcTemplate jdbc, JsonMapper json, BusinessClock clock) {
        return new Outbox(jdbc, json, clock);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaTemplate.class)
    @ConditionalOnBean({KafkaTemplate.class, TransactionTemplate.class})
    static class Relay {

        @Bean
        @ConditionalOnProperty(name = "creditline.outbox.relay-enabled", matchIfMissing = true)
        OutboxRelay outboxRelay(
                JdbcTemplate jdbc,
                TransactionTemplate transactions,
                KafkaTemplate<String, String> kafka,
                OutboxProperties properties,
                ObjectProvider<MeterRegistry> meters) {
            return new OutboxRelay(jdbc, transactions, kafka, properties, Meters.of(meters));
        }
    }
}
