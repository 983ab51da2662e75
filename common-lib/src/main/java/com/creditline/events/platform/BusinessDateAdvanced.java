package com.creditline.events.platform;

import com.creditline.common.event.IntegrationEvent;
import java.time.LocalDate;

/** End of day reached a new business date; every service's business clock follows it. */
public record BusinessDateAdvanced(LocalDate businessDate) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return businessDate.toString();
    }

    @Override
    public String customerKey() {
        return PlatformTopics.KEY;
    }
}
