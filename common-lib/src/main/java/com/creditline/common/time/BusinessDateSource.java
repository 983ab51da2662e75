package com.creditline.common.time;

import java.time.LocalDate;

/** Where the {@link BusinessClock} reads the business date; in a service, {@link BusinessDates}. */
@FunctionalInterface
public interface BusinessDateSource {

    /** The business date as committed; never ahead of what end of day committed. */
    LocalDate current();
}
