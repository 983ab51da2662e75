package com.creditline.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.testapp.NoteWritten;
import com.creditline.common.testapp.OutboxApp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** appendAll writes what append writes, for many events at once, in their order, or nothing. */
@OutboxApp
class OutboxAppendAllIT {

    /** No handler consumes it: the relay sends these events to Kafka and nothing else happens. */
    static final String TOPIC = "testapp.batch";

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper json;

    @Test
    void shouldWriteEveryEventWithTheEnvelopeThatAppendWritesForOne() {
        String customer = "batch-" + UUID.randomUUID();
        List<NoteWritten> notes = IntStream.rangeClosed(1, 3)
                .mapToObj(n -> new NoteWritten(customer + "-note-" + n, customer))
                .toList();

        transactions.executeWithoutResult(status -> {
            outbox.append(TOPIC, notes.getFirst());
            assertThat(outbox.appendAll(TOPIC, notes.subList(1, 3))).isEqualTo(2);
        });

        List<Map<String, Object>> rows = rows(customer);
        assertThat(rows).hasSize(3);
        JsonNode single = json.readTree((String) rows.getFirst().get("envelope"));
        for (int n = 0; n < 3; n++) {
            Map<String, Object> row = rows.get(n);
            JsonNode envelope = json.readTree((String) row.get("envelope"));
            assertThat(fieldNames(envelope)).isEqualTo(fieldNames(single));
            assertThat(envelope.get("eventId").asString())
                    .isEqualTo(row.get("event_id").toString());
            assertThat(envelope.get("type").asString()).isEqualTo("NoteWritten").isEqualTo(row.get("event_type"));
            assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(envelope.get("aggregateId").asString())
                    .isEqualTo(notes.get(n).noteId());
            assertThat(envelope.get("customerKey").asString()).isEqualTo(customer);
            assertThat(envelope.get("correlationId").asString()).isNotBlank();
            assertThat(envelope.get("payload")).isEqualTo(json.valueToTree(notes.get(n)));
            assertThat(row.get("topic")).isEqualTo(TOPIC);
            assertThat(row.get("message_key")).isEqualTo(customer);
        }
        assertThat(rows).extracting(r -> r.get("event_id")).doesNotHaveDuplicates();
    }

    @Test
    void shouldKeepTheOrderOfABatchLargerThanOneJdbcBatch() {
        String customer = "batch-" + UUID.randomUUID();
        int count = Outbox.BATCH_SIZE * 2 + 17;
        List<NoteWritten> notes = IntStream.range(0, count)
                .mapToObj(n -> new NoteWritten(customer + "-" + n, customer))
                .toList();

        transactions.executeWithoutResult(status -> outbox.appendAll(TOPIC, notes));

        assertThat(rows(customer))
                .extracting(r -> json.readTree((String) r.get("envelope"))
                        .get("payload")
                        .get("noteId")
                        .asString())
                .containsExactlyElementsOf(
                        notes.stream().map(NoteWritten::noteId).toList());
    }

    @Test
    void shouldWriteNothingWhenTheTransactionRollsBackOrIsMissing() {
        String customer = "batch-" + UUID.randomUUID();
        List<NoteWritten> notes =
                List.of(new NoteWritten(customer + "-1", customer), new NoteWritten(customer + "-2", customer));

        transactions.executeWithoutResult(status -> {
            outbox.appendAll(TOPIC, notes);
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> outbox.appendAll(TOPIC, notes)).isInstanceOf(IllegalTransactionStateException.class);

        assertThat(rows(customer)).isEmpty();
        Integer appendedNone = transactions.execute(status -> outbox.appendAll(TOPIC, List.of()));
        assertThat(appendedNone).isZero();
    }

    private List<Map<String, Object>> rows(String customer) {
        return jdbc.queryForList(
                "SELECT event_id, topic, message_key, event_type, envelope::text AS envelope FROM outbox_event"
                        + " WHERE message_key = ? ORDER BY position",
                customer);
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
