package com.creditline.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.testapp.NoteWritten;
import com.creditline.common.testapp.OutboxApp;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One replica relays a schema's outbox at a time: while another replica holds the relay's turn
 * (here, a transaction holding the same advisory lock), this one sends nothing, so it can never
 * send a customer's later event ahead of an earlier one the other is sending; once the turn is
 * free, the events go.
 */
@OutboxApp
class OutboxRelayTurnIT {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void shouldSendNothingWhileAnotherReplicaHasTheRelaysTurn() throws Exception {
        CountDownLatch turnTaken = new CountDownLatch(1);
        CountDownLatch otherReplicaDone = new CountDownLatch(1);
        CompletableFuture<Void> otherReplica =
                CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
                    // The app's own relay takes the turn for each of its polls: wait for a gap,
                    // asking in this thread, inside the transaction that then holds the turn.
                    await().pollInSameThread()
                            .atMost(Duration.ofSeconds(30))
                            .pollInterval(Duration.ofMillis(10))
                            .until(() -> jdbc.queryForObject(OutboxRelay.TAKE_TURN, Boolean.class));
                    turnTaken.countDown();
                    try {
                        otherReplicaDone.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(turnTaken.await(30, TimeUnit.SECONDS)).isTrue();
        String customer = "turn-" + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> outbox.append("testapp.turn", new NoteWritten(customer, customer)));

        int sentMeanwhile = relay.relayBatch();
        // Neither this call nor the app's own relay loop (polling all along) sends it meanwhile.
        boolean unsentMeanwhile = unsentThroughout(customer, Duration.ofMillis(500));

        otherReplicaDone.countDown();
        otherReplica.get(30, TimeUnit.SECONDS);
        assertThat(sentMeanwhile).isZero();
        assertThat(unsentMeanwhile).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> unsent(customer) == 0);
    }

    private boolean unsentThroughout(String customer, Duration period) {
        try {
            await().during(period).atMost(period.multipliedBy(4)).until(() -> unsent(customer) == 1);
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException sentMeanwhile) {
            return false;
        }
    }

    private int unsent(String customer) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM outbox_event WHERE message_key = ? AND sent_at IS NULL", Integer.class, customer);
    }
}
