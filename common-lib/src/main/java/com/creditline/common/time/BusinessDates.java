package com.creditline.common.time;

import com.creditline.common.outbox.Outbox;
import com.creditline.events.platform.BusinessDateAdvanced;
import com.creditline.events.platform.PlatformTopics;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps this service's business date: stored in its schema (so a restart resumes it), applied to
 * the {@link BusinessClock}, and moved forward either by end of day ({@link #advance}, which also
 * tells the other services) or by following {@link BusinessDateAdvanced} events ({@link #follow}).
 */
public class BusinessDates {

    private final JdbcTemplate jdbc;
    private final BusinessClock clock;
    private final Outbox outbox;

    public BusinessDates(JdbcTemplate jdbc, BusinessClock clock, Outbox outbox) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** Applies the stored business date to the clock; called once at start-up. */
    public void restore() {
        jdbc.query("SELECT business_date FROM business_date WHERE id = 1", rs -> {
            clock.advanceTo(max(rs.getDate(1).toLocalDate()));
        });
    }

    /** End of day reached {@code date}: store it, move the clock, and publish it. */
    @Transactional
    public LocalDate advance(LocalDate date) {
        clock.advanceTo(date);
        store(date);
        outbox.append(PlatformTopics.BUSINESS_DATE, new BusinessDateAdvanced(date));
        return date;
    }

    /** Another service's end of day reached {@code date}; an older date is ignored. */
    @Transactional
    public void follow(LocalDate date) {
        LocalDate reached = max(date);
        store(reached);
        clock.advanceTo(reached);
    }

    private LocalDate max(LocalDate date) {
        LocalDate current = clock.businessDate();
        return date.isAfter(current) ? date : current;
    }

    private void store(LocalDate date) {
        jdbc.update(
                "INSERT INTO business_date (id, business_date) VALUES (1, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET business_date = GREATEST(business_date.business_date,"
                        + " EXCLUDED.business_date)",
                Date.valueOf(date));
    }
}
