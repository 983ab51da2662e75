package com.creditline.collections.contact;

import com.creditline.collections.contact.model.ContactRules;
import com.creditline.collections.contact.model.ContactWindow;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How customers may be contacted: the default time zone, the contact window in the customer's
 * local time, the daily cap, and how the processing step runs.
 */
@ConfigurationProperties("collections.contact")
public record ContactProperties(
        @DefaultValue("Asia/Shanghai") String defaultTimeZone,
        @DefaultValue("08:00") String windowOpens,
        @DefaultValue("21:00") String windowCloses,
        @DefaultValue("3") int dailyCap,
        @DefaultValue("15m") Duration retryAfterChannelFailure,
        @DefaultValue Processing processing) {

    /**
     * The processing step that sends due attempts: on a schedule (unless disabled) and on demand.
     *
     * @param claimLease how long an attempt handed to its channel stays claimed by the run sending
     *     it; a channel must answer well within it, or the attempt may be sent again
     */
    public record Processing(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("60s") Duration interval,
            @DefaultValue("100") int batchSize,
            @DefaultValue("10m") Duration claimLease) {}

    public ZoneId defaultZone() {
        return ZoneId.of(defaultTimeZone);
    }

    public ContactRules rules() {
        return new ContactRules(
                new ContactWindow(LocalTime.parse(windowOpens), LocalTime.parse(windowCloses)), dailyCap);
    }
}
