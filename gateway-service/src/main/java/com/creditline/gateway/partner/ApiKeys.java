package com.creditline.gateway.partner;

import com.creditline.gateway.partner.model.ApiKey;
import com.creditline.gateway.partner.model.ApiKeyNotFound;
import com.creditline.gateway.partner.model.IssuedKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The partners' API keys (the api_key table), each with the hash of its secret. */
@Component
class ApiKeys {

    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A key as stored, with the hash its secret must match. */
    record Stored(ApiKey key, String secretHash) {}

    void add(IssuedKey issued, String actor) {
        ApiKey key = issued.key();
        jdbc.sql("""
                        INSERT INTO api_key (key_id, partner_id, secret_hash, scopes, requests_per_minute,
                                             created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        key.keyId(),
                        key.partnerId(),
                        issued.secretHash(),
                        String.join(" ", new TreeSet<>(key.scopes())),
                        key.requestsPerMinute(),
                        Timestamp.from(key.createdAt()),
                        actor)
                .update();
    }

    List<ApiKey> ofPartner(String partnerId) {
        return jdbc.sql("SELECT * FROM api_key WHERE partner_id = ? ORDER BY created_at")
                .param(partnerId)
                .query(ApiKeys::key)
                .list();
    }

    ApiKey find(String keyId) {
        return jdbc.sql("SELECT * FROM api_key WHERE key_id = ?")
                .param(keyId)
                .query(ApiKeys::key)
                .single();
    }

    Optional<Stored> withSecretHash(String keyId) {
        return jdbc.sql("SELECT * FROM api_key WHERE key_id = ?")
                .param(keyId)
                .query((rs, n) -> new Stored(key(rs, n), rs.getString("secret_hash")))
                .optional();
    }

    /** The partner's key, locked until the transaction ends. */
    ApiKey lock(String partnerId, String keyId) {
        return jdbc.sql("SELECT * FROM api_key WHERE key_id = ? AND partner_id = ? FOR UPDATE")
                .params(keyId, partnerId)
                .query(ApiKeys::key)
                .optional()
                .orElseThrow(ApiKeyNotFound::new);
    }

    void replace(String keyId, String successorId, Instant lapse) {
        jdbc.sql("UPDATE api_key SET expires_at = ?, replaced_by = ? WHERE key_id = ?")
                .params(Timestamp.from(lapse), successorId, keyId)
                .update();
    }

    void revoke(String keyId, String actor, Instant now) {
        jdbc.sql("UPDATE api_key SET revoked_at = ?, revoked_by = ? WHERE key_id = ?")
                .params(Timestamp.from(now), actor, keyId)
                .update();
    }

    private static ApiKey key(ResultSet rs, int row) throws SQLException {
        return new ApiKey(
                rs.getString("key_id"),
                rs.getString("partner_id"),
                Set.copyOf(Arrays.asList(rs.getString("scopes").split(" "))),
                rs.getInt("requests_per_minute"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("expires_at")),
                rs.getString("replaced_by"),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
