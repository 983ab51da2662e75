package com.creditline.common.autoconfigure;

import com.creditline.common.error.DatabaseUnavailable;
import com.creditline.common.idempotency.IdempotencyFilter;
import com.creditline.common.idempotency.IdempotencyKeys;
import com.creditline.common.inbox.DeadLetterController;
import com.creditline.common.inbox.DeadLetters;
import com.creditline.common.inbox.EventHandler;
import com.creditline.common.inbox.Inbox;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.outbox.OutboxProperties;
import com.creditline.common.outbox.OutboxRelay;
import com.creditline.common.security.ServiceSecurity;
import com.creditline.common.time.BusinessClock;
import com.creditline.common.time.BusinessDates;
import com.creditline.common.web.CorrelationIdFilter;
import com.creditline.common.web.ProblemResponses;
import com.creditline.common.web.QueryEncodingFilter;
import com.creditline.common.web.StrictJson;
import com.creditline.events.platform.BusinessDateAdvanced;
import com.creditline.events.platform.PlatformTopics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
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
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;
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

    /**
     * Spring Security observes every filter of its chain (an observation per filter per request)
     * when an observation registry exists. The platform exports no traces, and the request itself is
     * already measured ({@code http.server.requests}); under load those observations were a
     * noticeable share of each request's CPU, so they are off.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.config.observation.SecurityObservationSettings")
    static class SecurityObservationConfiguration {

        @Bean
        @ConditionalOnMissingBean
        SecurityObservationSettings securityObservationSettings() {
            return SecurityObservationSettings.noObservations();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "jakarta.persistence.Entity")
    @Import(MoneyPersistence.class)
    static class PersistenceConfiguration {}

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JdbcTemplate.class)
    @ConditionalOnBean({JdbcTemplate.class, JsonMapper.class})
    static class StoreConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Outbox outbox(JdbcTemplate jdbc, JsonMapper json, BusinessClock clock) {
            return new Outbox(jdbc, json, clock);
        }

        @Bean
        IdempotencyKeys idempotencyKeys(JdbcTemplate jdbc) {
            return new IdempotencyKeys(jdbc, Duration.ofHours(24));
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

        @Bean
        Housekeeping housekeeping(OutboxRelay relay, IdempotencyKeys idempotencyKeys, BusinessClock clock) {
            return new Housekeeping(
                    List.of(
                            new Housekeeping.Task("sent outbox rows", relay::purgeSent),
                            new Housekeeping.Task(
                                    "expired idempotency keys", () -> idempotencyKeys.purgeExpired(clock.now()))),
                    Duration.ofHours(1));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaTemplate.class)
    @ConditionalOnBean({JdbcTemplate.class, TransactionTemplate.class, JsonMapper.class})
    static class InboxConfiguration {

        /** Every service's business date follows end of day's. */
        @Bean
        EventHandler<BusinessDateAdvanced> businessDateFollower(BusinessDates dates) {
            return EventHandler.on(
                    PlatformTopics.BUSINESS_DATE,
                    BusinessDateAdvanced.class,
                    (event, envelope) -> dates.follow(event.businessDate()));
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

        @Bean
        DeadLetters deadLetters(
                KafkaTemplate<Object, Object> kafka,
                JdbcTemplate jdbc,
                BusinessClock clock,
                ObjectProvider<MeterRegistry> meters) {
            return new DeadLetters(new DeadLetterPublishingRecoverer(kafka), jdbc, clock, meters(meters));
        }

        @Bean
        @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
        DeadLetterController deadLetterController(DeadLetters deadLetters) {
            return new DeadLetterController(deadLetters);
        }

        /**
         * One listener container for all of the service's handlers, in the service's consumer
         * group, one consumer thread so that each customer's events are handled in order. A
         * failing message is retried a bounded number of times, then dead-lettered (a message
         * that cannot even be read, at once) and the partition moves on.
         */
        @Bean
        ConcurrentMessageListenerContainer<Object, Object> inboxListener(
                Inbox inbox,
                DeadLetters deadLetters,
                ConcurrentKafkaListenerContainerFactory<Object, Object> factory,
                @Value("${creditline.inbox.group-id:${spring.application.name}}") String groupId,
                @Value("${creditline.inbox.retry-interval:500ms}") Duration retryInterval,
                @Value("${creditline.inbox.retries:3}") int retries) {
            ConcurrentMessageListenerContainer<Object, Object> container = factory.createContainer(inbox.topics());
            container.getContainerProperties().setGroupId(groupId);
            DefaultErrorHandler errors =
                    new DefaultErrorHandler(deadLetters, new FixedBackOff(retryInterval.toMillis(), retries));
            errors.addNotRetryableExceptions(JacksonException.class);
            // A database that is down for a moment is no reason to give up on a message: wait for it.
            errors.setBackOffFunction((record, e) ->
                    DatabaseUnavailable.isCauseOf(e) ? new FixedBackOff(2_000, FixedBackOff.UNLIMITED_ATTEMPTS) : null);
            container.setCommonErrorHandler(errors);
            container.setupMessageListener((MessageListener<Object, Object>)
                    record -> inbox.receive(record.topic(), String.valueOf(record.value())));
            return container;
        }
    }

    @Bean
    @ConditionalOnClass(name = "org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer")
    StrictJson strictJson() {
        return new StrictJson();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.security.web.SecurityFilterChain")
    @Import(ServiceSecurity.class)
    static class SecurityConfiguration {}

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

        /** Right after the correlation id, so that its problem names it. */
        @Bean
        FilterRegistrationBean<QueryEncodingFilter> queryEncodingFilter(JsonMapper json) {
            FilterRegistrationBean<QueryEncodingFilter> registration =
                    new FilterRegistrationBean<>(new QueryEncodingFilter(json));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            return registration;
        }

        @Bean
        @ConditionalOnMissingBean
        ProblemResponses problemResponses() {
            return new ProblemResponses();
        }

        /**
         * After the caller is authenticated (Spring Security's filters run at -100), so that keys
         * are scoped to the verified caller. Only where the service has a database to keep the
         * keys in.
         */
        @Bean
        FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
                ObjectProvider<IdempotencyKeys> keys, BusinessClock clock) {
            IdempotencyKeys store = keys.getIfAvailable();
            FilterRegistrationBean<IdempotencyFilter> registration =
                    new FilterRegistrationBean<>(new IdempotencyFilter(store, clock));
            registration.setOrder(-90);
            registration.setEnabled(store != null);
            return registration;
        }
    }
}
