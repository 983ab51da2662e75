package com.creditline.gateway.partner;

import com.creditline.common.id.PartnerId;
import com.creditline.gateway.partner.model.ApiKey;
import com.creditline.gateway.partner.model.ApiKeyNotFound;
import com.creditline.gateway.partner.model.IssuedKey;
import com.creditline.gateway.partner.model.PartnerScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
                        key.partnerId().value(),
                        issued.secretHash(),
                        String.join(" ", new TreeSet<>(PartnerScope.texts(key.scopes()))),
                        key.requestsPerMinute(),
                        Timestamp.from(key.createdAt()),
                        actor)
                .update();
    }

    List<ApiKey> ofPartner(PartnerId partnerId) {
        return jdbc.sql("SELECT * FROM api_key WHERE partner_id = ? ORDER BY created_at")
                .param(partnerId.value())
                .query(ApiKeys::key)
                .list();
    }

    /** Every key of every partner, oldest first. */
    List<ApiKey> all() {
        return jdbc.sql("SELECT * FROM api_key ORDER BY created_at, key_id")
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
    ApiKey lock(PartnerId partnerId, String keyId) {
        return jdbc.sql("SELECT * FROM api_key WHERE key_id = ? AND partner_id = ? FOR UPDATE")
                .params(keyId, partnerId.value())
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
                PartnerId.of(rs.getString("partner_id")),
                scopes(rs.getString("scopes")),
                rs.getInt("requests_per_minute"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("expires_at")),
                rs.getString("replaced_by"),
                instant(rs.getTimestamp("revoked_at")));
    }

    /** Only partner scopes were ever stored: anything else is a damaged row, not a caller's mistake. */
    private static Set<PartnerScope> scopes(String stored) {
        return Arrays.stream(stored.split(" "))
                .map(text -> PartnerScope.of(text)
                        .orElseThrow(() -> new IllegalStateException("not a partner scope: " + text)))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
