package com.creditline.risk;

import com.creditline.common.event.IntegrationEvent;
import com.creditline.common.outbox.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stands in for the other services in tests: appends their events to this service's outbox, so the
 * relay sends them through the real broker and the inbox consumes them as it would the real ones.
 */
@Component
public class PlatformEvents {

    private final Outbox outbox;

    PlatformEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public void publish(String topic, IntegrationEvent event) {
        outbox.append(topic, event);
    }
}
