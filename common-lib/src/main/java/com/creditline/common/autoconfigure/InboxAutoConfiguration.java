package com.creditline.common.autoconfigure;

import com.creditline.common.error.DatabaseUnavailable;
import com.creditline.common.inbox.DeadLetterController;
import com.creditline.common.inbox.DeadLetterRedriving;
import com.creditline.common.inbox.DeadLetters;
import com.creditline.common.inbox.EventHandler;
import com.creditline.common.inbox.FailedDeliveries;
import com.creditline.common.inbox.Inbox;
import com.creditline.common.time.BusinessClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inbox: the service's event handlers behind one listener, each event id applied once,
 * failing messages retried and then dead-lettered.
 */
// After the outbox, and so after the JDBC, transaction, Kafka, Jackson and metrics auto-configurations.
@AutoConfiguration(after = OutboxAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@ConditionalOnBean({JdbcTemplate.class, TransactionTemplate.class, JsonMapper.class})
@EnableConfigurationProperties(InboxProperties.class)
public class InboxAutoConfiguration {

    @Bean
    Inbox inbox(
            List<EventHandler<?>> handlers,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            JsonMapper json,
            BusinessClock clock,
            ObjectProvider<MeterRegistry> meters) {
        return new Inbox(handlers, jdbc, transactions, json, clock, Meters.of(meters));
    }

    @Bean
    DeadLetters deadLetters(
            KafkaTemplate<Object, Object> kafka,
            JdbcTemplate jdbc,
            BusinessClock clock,
            ObjectProvider<MeterRegistry> meters) {
        return new DeadLetters(new DeadLetterPublishingRecoverer(kafka), jdbc, clock, Meters.of(meters));
    }

    @Bean
    DeadLetterRedriving deadLetterRedriving(Inbox inbox, JdbcTemplate jdbc, BusinessClock clock) {
        return new DeadLetterRedriving(inbox, jdbc, clock);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    DeadLetterController deadLetterController(DeadLetters deadLetters, DeadLetterRedriving redriving) {
        return new DeadLetterController(deadLetters, redriving);
    }

    /**
     * One listener container for all of the service's handlers, in the service's consumer group,
     * one consumer thread so that each customer's events are handled in order. A failing message is
     * retried a bounded number of times, then dead-lettered (a message that cannot even be read,
     * at once) and the partition moves on.
     */
    @Bean
    ConcurrentMessageListenerContainer<Object, Object> inboxListener(
            Inbox inbox,
            DeadLetters deadLetters,
            ConcurrentKafkaListenerContainerFactory<Object, Object> factory,
            InboxProperties properties,
            ObjectProvider<MeterRegistry> meters,
            @Value("${spring.application.name}") String service) {
        ConcurrentMessageListenerContainer<Object, Object> container = factory.createContainer(inbox.topics());
        container.getContainerProperties().setGroupId(properties.groupId() == null ? service : properties.groupId());
        DefaultErrorHandler errors = new DefaultErrorHandler(
                deadLetters, new FixedBackOff(properties.retryInterval().toMillis(), properties.retries()));
        errors.addNotRetryableExceptions(JacksonException.class);
        errors.setBackOffFunction((record, e) -> backOffFor(e));
        errors.setRetryListeners(new FailedDeliveries(Meters.of(meters)));
        container.setCommonErrorHandler(errors);
        container.setupMessageListener((MessageListener<Object, Object>)
                record -> inbox.receive(record.topic(), String.valueOf(record.value())));
        return container;
    }

    /**
     * How a failed message waits before its next attempt, when not as configured. A write that lost
     * to another transaction on the same row (a version or lock conflict) tries again soon, and for
     * up to five minutes before it is taken for a poison message. A database that is down for a
     * moment is no reason to give up on a message: it waits for it, without limit.
     */
    private static BackOff backOffFor(Exception failure) {
        if (isConflict(failure)) {
            ExponentialBackOff conflict = new ExponentialBackOff(100, 2);
            conflict.setMaxInterval(2_000);
            conflict.setMaxElapsedTime(Duration.ofMinutes(5).toMillis());
            return conflict;
        }
        return DatabaseUnavailable.isCauseOf(failure) ? new FixedBackOff(2_000, FixedBackOff.UNLIMITED_ATTEMPTS) : null;
    }

    private static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }
}
