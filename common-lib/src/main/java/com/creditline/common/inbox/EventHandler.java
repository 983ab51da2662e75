package com.creditline.common.inbox;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.event.EventTypes;

/**
 * Reacts to one type of event from one topic. The inbox calls it at most once per event id, inside
 * the same transaction that records the event as processed, so its effects and the record of
 * having processed the event commit together.
 *
 * @param <E> the event record, as published by its owning service
 */
public interface EventHandler<E> {

    String topic();

    Class<E> eventClass();

    void handle(E event, EventEnvelope envelope);

    default String eventType() {
        return EventTypes.nameOf(eventClass());
    }
}
