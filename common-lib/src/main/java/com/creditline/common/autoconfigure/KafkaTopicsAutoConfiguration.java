package com.creditline.common.autoconfigure;

import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.collections.CollectionsTopics;
import com.creditline.events.credit.CreditTopics;
import com.creditline.events.platform.PlatformTopics;
import com.creditline.events.repayment.RepaymentTopics;
import com.creditline.events.risk.RiskTopics;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Every service declares every platform topic, with its dead-letter topic, at start-up through
 * Spring's {@link KafkaAdmin}: whichever service starts first creates them, with
 * {@code creditline.kafka.partitions} partitions (12 by default), rather than the broker's default
 * for auto-created topics. A topic that exists with fewer partitions gets more (never fewer). The
 * dead-letter topic has as many partitions as its topic, because a dead letter goes to the same
 * partition number it came from.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(KafkaAdmin.class)
@ConditionalOnBean(KafkaAdmin.class)
@EnableConfigurationProperties(KafkaTopicsProperties.class)
public class KafkaTopicsAutoConfiguration {

    /** The topics of the platform, one per publishing service (common-lib's events packages). */
    public static final List<String> TOPICS = List.of(
            CheckoutTopics.ORDERS,
            CollectionsTopics.CASES,
            CreditTopics.ACCOUNTS,
            PlatformTopics.BUSINESS_DATE,
            RepaymentTopics.LEDGER,
            RiskTopics.DECISIONS);

    /** Where the inbox's dead letters of a topic go (Spring Kafka's default for the recoverer). */
    static final String DEAD_LETTER_SUFFIX = ".DLT";

    /** The topics and their dead-letter topics: what each service declares. */
    public static List<String> declared() {
        return TOPICS.stream()
                .flatMap(topic -> Stream.of(topic, topic + DEAD_LETTER_SUFFIX))
                .toList();
    }

    @Bean
    KafkaAdmin.NewTopics platformTopics(KafkaTopicsProperties properties) {
        return new KafkaAdmin.NewTopics(declared().stream()
                .map(topic -> TopicBuilder.name(topic)
                        .partitions(properties.partitions())
                        .replicas(properties.replicationFactor())
                        .build())
                .toArray(NewTopic[]::new));
    }
}
