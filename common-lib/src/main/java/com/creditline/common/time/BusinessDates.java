package com.creditline.common.time;

import com.creditline.common.outbox.Outbox;
import com.creditline.events.platform.BusinessDateAdvanced;
import com.creditline.events.platform.PlatformTopics;
import java.time.LocalDate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves this service's business date, always inside a transaction, so that the date moves when
 * that transaction commits and not before: by end of day ({@link #advance}, which also tells the
 * other services) or by following another service's end of day ({@link #follow}).
 */
public class BusinessDates {

    private final StoredBusinessDate stored;
    private final Outbox outbox;

    public BusinessDates(StoredBusinessDate stored, Outbox outbox) {
        this.stored = stored;
        this.outbox = outbox;
    }

    /**
     * End of day reached {@code date}: stores it and publishes {@link BusinessDateAdvanced}, in end of
     * day's transaction. A date behind the stored one (a catch-up of dates missed) moves nothing and
     * publishes nothing. Returns whether the date was stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean advance(LocalDate date) {
        if (!stored.moveTo(date)) {
            return false;
        }
        outbox.append(PlatformTopics.BUSINESS_DATE, new BusinessDateAdvanced(date));
        return true;
    }

    /** Another service's end of day reached {@code date}; an older date is ignored. */
    @Transactional
    public void follow(LocalDate date) {
        stored.moveTo(date);
    }
}
