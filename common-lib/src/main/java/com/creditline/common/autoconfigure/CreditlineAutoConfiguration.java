package com.creditline.common.autoconfigure;

import com.creditline.common.inbox.EventHandler;
import com.creditline.common.inbox.Inbox;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.outbox.OutboxProperties;
import com.creditline.common.outbox.OutboxRelay;
import com.creditline.common.time.BusinessClock;
import com.creditline.common.time.BusinessDateFollower;
import com.creditline.common.time.BusinessDates;
import com.creditline.common.web.CorrelationIdFilter;
import com.creditline.common.web.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires common-lib into a service: the business clock; with a database, the outbox; with Kafka too,
 * the relay; with event handlers, the inbox and its listener; in a servlet app, problem responses
 * and the correlation id filter.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
        })
@Import(ApiDocumentation.class)
public class CreditlineAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    BusinessClock businessClock() {
        return BusinessClock.system();
    }

    static MeterRegistry meters(ObjectProvider<MeterRegistry> meters) {
        return meters.getIfAvailable(SimpleMeterRegistry::new);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "jakarta.persistence.Entity")
    @Import(MoneyPersistence.class)
    static class PersistenceConfiguration {}

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JdbcTemplate.class)
    @ConditionalOnBean({JdbcTemplate.class, JsonMapper.class})
    static class OutboxConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Outbox outbox(JdbcTemplate jdbc, JsonMapper json, BusinessClock clock) {
            return new Outbox(jdbc, json, clock);
        }

        @Bean
        BusinessDates businessDates(JdbcTemplate jdbc, BusinessClock clock, Outbox outbox) {
            return new BusinessDates(jdbc, clock, outbox);
        }

        /** The stored business date is applied once the schema is migrated and before traffic. */
        @Bean
        ApplicationRunner restoreBusinessDate(BusinessDates dates) {
            return args -> dates.restore();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaTemplate.class)
    @ConditionalOnBean({JdbcTemplate.class, KafkaTemplate.class, TransactionTemplate.class})
    @EnableConfigurationProperties(OutboxProperties.class)
    static class RelayConfiguration {

        @Bean
        @ConditionalOnProperty(name = "creditline.outbox.relay-enabled", matchIfMissing = true)
        OutboxRelay outboxRelay(
                JdbcTemplate jdbc,
                TransactionTemplate transactions,
                KafkaTemplate<String, String> kafka,
                OutboxProperties properties,
                ObjectProvider<MeterRegistry> meters) {
            return new OutboxRelay(jdbc, transactions, kafka, properties, meters(meters));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaTemplate.class)
    @ConditionalOnBean({JdbcTemplate.class, TransactionTemplate.class, JsonMapper.class})
    static class InboxConfiguration {

        @Bean
        BusinessDateFollower businessDateFollower(BusinessDates dates) {
            return new BusinessDateFollower(dates);
        }

        @Bean
        Inbox inbox(
                List<EventHandler<?>> handlers,
                JdbcTemplate jdbc,
                TransactionTemplate transactions,
                JsonMapper json,
                BusinessClock clock,
                ObjectProvider<MeterRegistry> meters) {
            return new Inbox(handlers, jdbc, transactions, json, clock, meters(meters));
        }

        /** One listener container for all of the service's handlers, in the service's consumer group. */
        @Bean
        ConcurrentMessageListenerContainer<Object, Object> inboxListener(
                Inbox inbox,
                ConcurrentKafkaListenerContainerFactory<Object, Object> factory,
                @Value("${creditline.inbox.group-id:${spring.application.name}}") String groupId) {
            ConcurrentMessageListenerContainer<Object, Object> container = factory.createContainer(inbox.topics());
            container.getContainerProperties().setGroupId(groupId);
            container.setupMessageListener((MessageListener<Object, Object>)
                    record -> inbox.receive(record.topic(), String.valueOf(record.value())));
            return container;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class WebConfiguration {

        @Bean
        FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
            FilterRegistrationBean<CorrelationIdFilter> registration =
                    new FilterRegistrationBean<>(new CorrelationIdFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        @Bean
        @ConditionalOnMissingBean
        ProblemResponses problemResponses() {
            return new ProblemResponses();
        }
    }
}
