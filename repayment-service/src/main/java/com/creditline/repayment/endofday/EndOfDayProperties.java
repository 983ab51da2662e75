package com.creditline.repayment.endofday;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When end of day runs by itself and what it sends: the schedule (a cron in a zone; off in tests),
 * how many dates one request may process, how far past today's calendar date a request may run
 * without saying {@code allowAheadOfCalendar}, how many days before a due date reminders go out, and
 * the days past due at which a customer's loans are charged off.
 */
@ConfigurationProperties("creditline.end-of-day")
record EndOfDayProperties(
        @DefaultValue("true") boolean scheduleEnabled,
        @DefaultValue("0 10 0 * * *") String cron,
        @DefaultValue("Asia/Shanghai") String zone,
        @DefaultValue("400") int maxDaysPerRun,
        @DefaultValue("1") int maxDaysAheadOfCalendar,
        @DefaultValue({"3", "0"}) List<Integer> reminderDaysBefore,
        @DefaultValue("180") int chargeOffDaysPastDue) {}
