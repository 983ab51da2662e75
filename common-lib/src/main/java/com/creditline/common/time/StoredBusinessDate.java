package com.creditline.common.time;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The business date as this service's schema holds it (the {@code business_date} row), which every
 * replica reads. A date read is remembered for a short while ({@code cacheFor}) so that every
 * request does not ask the database; what is remembered was committed, so it may lag the database
 * by that while but never lead it. A transaction that moves the date reads its own write from the
 * database and keeps it to itself: the date is remembered only once that transaction commits.
 */
public class StoredBusinessDate implements BusinessDateSource {

    private static final String MOVE = "INSERT INTO business_date (id, business_date) VALUES (1, ?)"
            + " ON CONFLICT (id) DO UPDATE SET business_date = EXCLUDED.business_date"
            + " WHERE business_date.business_date <= EXCLUDED.business_date";

    private final JdbcTemplate jdbc;
    private final long cacheForNanos;
    private final AtomicReference<Seen> seen = new AtomicReference<>();

    /**
     * The date last seen committed, and when: when the read that found it began, or when the
     * transaction that wrote it committed. Of two, the later seen wins, so a slow read that began
     * before a commit cannot replace the date that commit wrote.
     */
    private record Seen(LocalDate date, long seenAt) {

        Seen orLater(Seen other) {
            return other.seenAt - seenAt >= 0 ? other : this;
        }
    }

    public StoredBusinessDate(JdbcTemplate jdbc, Duration cacheFor) {
        this.jdbc = jdbc;
        this.cacheForNanos = cacheFor.toNanos();
    }

    @Override
    public LocalDate current() {
        if (TransactionSynchronizationManager.hasResource(this)) {
            return read();
        }
        Seen last = seen.get();
        long now = System.nanoTime();
        if (last != null && now - last.seenAt() < cacheForNanos) {
            return last.date();
        }
        return remember(read(), now);
    }

    /**
     * Records the first business date if the schema has none yet (a fresh platform): the one place
     * where the wall calendar sets the business date. Returns the business date now stored.
     */
    public LocalDate recordFirst(LocalDate calendarDate) {
        jdbc.update(
                "INSERT INTO business_date (id, business_date) VALUES (1, ?) ON CONFLICT (id) DO NOTHING",
                Date.valueOf(calendarDate));
        long now = System.nanoTime();
        return remember(read(), now);
    }

    /**
     * Moves the stored date forward to {@code date}, in the caller's transaction; a date before the
     * stored one changes nothing. Returns whether the stored date is now {@code date}.
     */
    boolean moveTo(LocalDate date) {
        boolean moved = jdbc.update(MOVE, Date.valueOf(date)) == 1;
        if (moved) {
            rememberOnceCommitted(date);
        }
        return moved;
    }

    @SuppressWarnings("unchecked")
    private void rememberOnceCommitted(LocalDate date) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            remember(date, System.nanoTime());
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            ((AtomicReference<LocalDate>) TransactionSynchronizationManager.getResource(this)).set(date);
            return;
        }
        AtomicReference<LocalDate> written = new AtomicReference<>(date);
        TransactionSynchronizationManager.bindResource(this, written);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                remember(written.get(), System.nanoTime());
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(StoredBusinessDate.this);
            }
        });
    }

    private LocalDate remember(LocalDate date, long seenAt) {
        return seen.accumulateAndGet(new Seen(date, seenAt), (last, next) -> last == null ? next : last.orLater(next))
                .date();
    }

    private LocalDate read() {
        try {
            return jdbc.queryForObject(
                    "SELECT business_date FROM business_date WHERE id = 1",
                    (rs, n) -> rs.getDate(1).toLocalDate());
        } catch (EmptyResultDataAccessException e) {
            throw new IllegalStateException(
                    "no business date recorded yet: a service records the first one when it starts", e);
        }
    }
}
