package com.creditline.common.event;

/**
 * An event about one customer: the customer's id is its Kafka key, so that one customer's events
 * stay in order.
 */
public interface CustomerEvent extends IntegrationEvent {

    String customerId();

    @Override
    default String customerKey() {
        return customerId();
    }
}
