package com.creditline.common.time;

import com.creditline.common.event.EventEnvelope;
import com.creditline.common.inbox.EventHandler;
import com.creditline.events.platform.BusinessDateAdvanced;
import com.creditline.events.platform.PlatformTopics;

/** Moves this service's business date when end of day moves the platform's. */
public class BusinessDateFollower implements EventHandler<BusinessDateAdvanced> {

    private final BusinessDates dates;

    public BusinessDateFollower(BusinessDates dates) {
        this.dates = dates;
    }

    @Override
    public String topic() {
        return PlatformTopics.BUSINESS_DATE;
    }

    @Override
    public Class<BusinessDateAdvanced> eventClass() {
        return BusinessDateAdvanced.class;
    }

    @Override
    public void handle(BusinessDateAdvanced event, EventEnvelope envelope) {
        dates.follow(event.businessDate());
    }
}
