package com.creditline.checkout.fraud;

import com.creditline.common.time.BusinessClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers add devices and shipping addresses to the blocked lists and remove them, always with a
 * reason; every change is written to {@code blocked_list_change} with who made it, in the same
 * transaction. The gateway's audit log has the request too, joined by the correlation id.
 */
@Service
class BlockedListKeeping {

    /** A device or an address to block: {@code entry} is the device id or the fingerprint. */
    public record Blocking(BlockedList list, String entry, String shown, String reason, String actor) {}

    /** An entry to remove from a list, and why. */
    public record Unblocking(BlockedList list, String entry, String reason, String actor) {}

    /** An entry of a blocked list: {@code shown} is the device id, or the address masked. */
    public record Blocked(String entry, String shown, String reason, String blockedBy, Instant blockedAt) {}

    /** The entry, and whether this request put it on the list (false: it was there already). */
    public record Outcome(Blocked blocked, boolean created) {}

    private final JdbcClient jdbc;
    private final BusinessClock clock;

    BlockedListKeeping(JdbcClient jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds the entry; one already on the list keeps its first reason and changes nothing. */
    @Transactional
    public Outcome block(Blocking blocking) {
        Instant now = clock.now();
        int added = jdbc.sql(blocking.list().insert)
                .param("entry", blocking.entry())
                .param("shown", blocking.shown())
                .param("reason", blocking.reason())
                .param("actor", blocking.actor())
                .param("at", Timestamp.from(now))
                .update();
        if (added == 1) {
            changed(blocking.list(), blocking.entry(), "ADDED", blocking.actor(), blocking.reason(), now);
        }
        return new Outcome(find(blocking.list(), blocking.entry()), added == 1);
    }

    /** Removes the entry from its list. */
    @Transactional
    public void unblock(Unblocking unblocking) {
        BlockedList list = unblocking.list();
        int removed = jdbc.sql("DELETE FROM " + list.table + " WHERE " + list.key + " = ?")
                .param(unblocking.entry())
                .update();
        if (removed == 0) {
            throw new NotOnBlockedList();
        }
        changed(list, unblocking.entry(), "REMOVED", unblocking.actor(), unblocking.reason(), clock.now());
    }

    /** The list's entries, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Blocked> entries(BlockedList list, int limit) {
        return jdbc.sql(select(list) + " ORDER BY blocked_at DESC, " + list.key + " LIMIT ?")
                .param(limit)
                .query(BlockedListKeeping::blocked)
                .list();
    }

    private Blocked find(BlockedList list, String entry) {
        return jdbc.sql(select(list) + " WHERE " + list.key + " = ?")
                .param(entry)
                .query(BlockedListKeeping::blocked)
                .single();
    }

    private static Blocked blocked(ResultSet rs, int row) throws SQLException {
        return new Blocked(
                rs.getString("entry"),
                rs.getString("shown"),
                rs.getString("reason"),
                rs.getString("blocked_by"),
                rs.getTimestamp("blocked_at").toInstant());
    }

    private static String select(BlockedList list) {
        return "SELECT " + list.key + " AS entry, " + list.shown + " AS shown, reason, blocked_by, blocked_at FROM "
                + list.table;
    }

    private void changed(BlockedList list, String entry, String action, String actor, String reason, Instant at) {
        jdbc.sql("INSERT INTO blocked_list_change (list, entry, action, actor, reason, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(list.name(), entry, action, actor, reason, Timestamp.from(at))
                .update();
    }
}
