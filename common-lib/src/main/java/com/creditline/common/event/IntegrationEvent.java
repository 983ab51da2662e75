package com.creditline.common.event;

/**
 * A fact one service tells the others, published through the outbox. Implementations are records
 * named in the past tense ({@code CreditApplicationApproved}); their simple class name is the event
 * type on the wire unless {@link EventType} says otherwise.
 */
public interface IntegrationEvent {

    /** The id of the aggregate the event is about (an account, a plan, an order). */
    String aggregateId();

    /** The customer the event concerns: the Kafka key, so one customer's events stay in order. */
    String customerKey();
}
