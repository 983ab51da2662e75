package com.creditline.common.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.time.BusinessClock;
import com.creditline.common.time.BusinessDates;
import com.creditline.common.time.StoredBusinessDate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The business date is what the database committed: a move is seen by no one, not even the replica
 * that made it, until its transaction commits; a rollback leaves every replica on the old date; a
 * replica that remembers a date lags the database but never leads it. (The test app remembers
 * nothing, {@code creditline.business-date.cache-for=0s}, as these tests move the row underneath it.)
 */
@OutboxApp
class StoredBusinessDateIT {

    static final LocalDate START = LocalDate.of(2031, 1, 10);

    @Autowired
    BusinessClock clock;

    @Autowired
    BusinessDates dates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    LocalDate before;

    @BeforeEach
    void startFromAKnownDate() {
        before = stored();
        jdbc.update("UPDATE business_date SET business_date = ?", java.sql.Date.valueOf(START));
    }

    @AfterEach
    void restoreTheDate() {
        jdbc.update("UPDATE business_date SET business_date = ?", java.sql.Date.valueOf(before));
    }

    @Test
    void shouldRecordTheFirstBusinessDateOnlyWhenThereIsNone() {
        StoredBusinessDate replica = new StoredBusinessDate(jdbc, Duration.ZERO);

        assertThat(replica.recordFirst(LocalDate.of(2020, 1, 1))).isEqualTo(START);
        assertThat(stored()).isEqualTo(START);
    }

    @Test
    void shouldShowAMovedDateToNoReplicaBeforeItsTransactionCommits() throws Exception {
        StoredBusinessDate otherReplica = new StoredBusinessDate(jdbc, Duration.ZERO);
        CountDownLatch moved = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        CompletableFuture<Void> endOfDay = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            assertThat(dates.advance(START.plusDays(1))).isTrue();
            assertThat(clock.businessDate()).as("in its own transaction").isEqualTo(START.plusDays(1));
            moved.countDown();
            await(checked);
        }));

        await(moved);
        assertThat(clock.businessDate()).isEqualTo(START);
        assertThat(otherReplica.current()).isEqualTo(START);
        checked.countDown();
        endOfDay.get(30, TimeUnit.SECONDS);

        assertThat(clock.businessDate()).isEqualTo(START.plusDays(1));
        assertThat(otherReplica.current()).isEqualTo(START.plusDays(1));
    }

    @Test
    void shouldLeaveEveryReplicaOnTheOldDateWhenTheMoveRollsBack() {
        StoredBusinessDate otherReplica = new StoredBusinessDate(jdbc, Duration.ZERO);

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    dates.advance(START.plusDays(2));
                    throw new IllegalStateException("end of day failed");
                }))
                .hasMessage("end of day failed");

        assertThat(stored()).isEqualTo(START);
        assertThat(clock.businessDate()).isEqualTo(START);
        assertThat(otherReplica.current()).isEqualTo(START);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM outbox_event WHERE event_type = 'BusinessDateAdvanced'"
                                + " AND envelope->'payload'->>'businessDate' = ?",
                        Integer.class,
                        START.plusDays(2).toString()))
                .isZero();
    }

    @Test
    void shouldNeverMoveBackNorPublishForADateBehind() {
        transactions.executeWithoutResult(
                tx -> assertThat(dates.advance(START.minusDays(1))).isFalse());
        dates.follow(START.minusDays(5));

        assertThat(stored()).isEqualTo(START);
    }

    @Test
    void shouldLetARememberingReplicaLagButNotLead() {
        StoredBusinessDate rememberingReplica = new StoredBusinessDate(jdbc, Duration.ofHours(1));
        assertThat(rememberingReplica.current()).isEqualTo(START);

        dates.follow(START.plusDays(3));

        assertThat(rememberingReplica.current()).as("lags").isEqualTo(START);
        assertThat(clock.businessDate()).as("the replica that moved it").isEqualTo(START.plusDays(3));
    }

    private LocalDate stored() {
        return jdbc.queryForObject("SELECT business_date FROM business_date", LocalDate.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
