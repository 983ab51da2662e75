package com.creditline.common.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stored idempotency keys. Claiming a key is one INSERT that only one request can win; each
 * statement commits on its own, so a claim is visible to a concurrent retry at once.
 */
public class IdempotencyKeys {

    /** A key already claimed: still in flight, or done with its response. */
    public record Claimed(String requestHash, boolean done, int status, String contentType, byte[] body) {}

    private final JdbcTemplate jdbc;
    private final Duration keptFor;
    private final Duration abandonedAfter;

    public IdempotencyKeys(JdbcTemplate jdbc, Duration keptFor, Duration abandonedAfter) {
        this.jdbc = jdbc;
        this.keptFor = keptFor;
        this.abandonedAfter = abandonedAfter;
    }

    /**
     * Claims the key for this request; false when someone holds it already. A claim still in
     * flight after {@code abandonedAfter} was left by a replica that died mid-request (no request
     * runs that long: the gateway gives up after seconds), so the same request takes it over and
     * runs again, which the service's own idempotency (an order id, a payment reference) makes safe.
     * Otherwise a shop's retry would get 409 for as long as the key is kept.
     */
    boolean claim(String caller, String key, String requestHash, Instant now) {
        return jdbc.update(
                        "INSERT INTO idempotency_key (caller, idempotency_key, request_hash, state, created_at, expires_at)"
                                + " VALUES (?, ?, ?, 'IN_FLIGHT', ?, ?)"
                                + " ON CONFLICT (caller, idempotency_key) DO UPDATE"
                                + " SET created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at"
                                + " WHERE idempotency_key.state = 'IN_FLIGHT'"
                                + " AND idempotency_key.request_hash = EXCLUDED.request_hash"
                                + " AND idempotency_key.created_at < ?",
                        caller,
                        key,
                        requestHash,
                        Timestamp.from(now),
                        Timestamp.from(now.plus(keptFor)),
                        Timestamp.from(now.minus(abandonedAfter)))
                == 1;
    }

    Optional<Claimed> find(String caller, String key) {
        List<Claimed> found = jdbc.query(
                "SELECT request_hash, state, response_status, content_type, response_body FROM idempotency_key"
                        + " WHERE caller = ? AND idempotency_key = ?",
                (rs, i) -> new Claimed(
                        rs.getString(1), "DONE".equals(rs.getString(2)), rs.getInt(3), rs.getString(4), rs.getBytes(5)),
                caller,
                key);
        return found.stream().findFirst();
    }

    void complete(String caller, String key, int status, String contentType, byte[] body) {
        jdbc.update(
                "UPDATE idempotency_key SET state = 'DONE', response_status = ?, content_type = ?, response_body = ?"
                        + " WHERE caller = ? AND idempotency_key = ?",
                status,
                contentType,
                body,
                caller,
                key);
    }

    /** Lets the key go: the request failed in a way a retry should redo (a 5xx, a crash). */
    void release(String caller, String key) {
        jdbc.update("DELETE FROM idempotency_key WHERE caller = ? AND idempotency_key = ?", caller, key);
    }

    /** Deletes keys past their time; returns how many. */
    public int purgeExpired(Instant now) {
        return jdbc.update("DELETE FROM idempotency_key WHERE expires_at < ?", Timestamp.from(now));
    }
}
