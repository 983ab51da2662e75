package com.creditline.common.inbox;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.event.EventTypes;
import java.util.function.BiConsumer;

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

    /** A handler from a topic, an event class and what to do with each event. */
    static <E> EventHandler<E> on(String topic, Class<E> eventClass, BiConsumer<E, EventEnvelope> action) {
        return new EventHandler<>() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public Class<E> eventClass() {
                return eventClass;
            }

            @Override
            public void handle(E event, EventEnvelope envelope) {
                action.accept(event, envelope);
            }
        };
    }
}
