package com.creditline.common.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.RetryListener;

/**
 * Says why a message is being retried: while one is, its consumer reads nothing else, so ops must
 * see the failure before the message is dead-lettered (a database outage retries it without limit).
 * Each failed attempt counts on {@code inbox.failed_deliveries}; the first three of a message are
 * logged, then every thirtieth.
 */
public class FailedDeliveries implements RetryListener {

    private static final Logger log = LoggerFactory.getLogger(FailedDeliveries.class);

    private final MeterRegistry meters;

    public FailedDeliveries(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
        meters.counter("inbox.failed_deliveries", "topic", record.topic()).increment();
        if (attempt <= 3 || attempt % 30 == 0) {
            log.warn(
                    "a message from {}-{}@{} failed (attempt {}); the partitions behind it wait: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    attempt,
                    DeadLetters.errorOf(failure));
        }
    }
}
