package com.creditline.gateway.partner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Registers partners and looks after their keys: issue, rotate, revoke, and verify. */
@Component
public class Partners {

    static final Duration MAX_OVERLAP = Duration.ofDays(30);

    private final JdbcClient jdbc;

    Partners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Partner register(String name, String actor, Instant now) {
        String partnerId = "P-" + KeySecrets.generate().keyId().substring(0, 10).toUpperCase(Locale.ROOT);
        jdbc.sql("INSERT INTO partner (partner_id, name, created_at, created_by) VALUES (?, ?, ?, ?)")
                .params(partnerId, name, Timestamp.from(now), actor)
                .update();
        return new Partner(partnerId, name, now, actor);
    }

    public Partner find(String partnerId) {
        return jdbc.sql("SELECT * FROM partner WHERE partner_id = ?")
                .param(partnerId)
                .query((rs, n) -> new Partner(
                        rs.getString("partner_id"),
                        rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by")))
                .optional()
                .orElseThrow(PartnerNotFound::new);
    }

    public List<ApiKey> keysOf(String partnerId) {
        find(partnerId);
        return jdbc.sql("SELECT * FROM api_key WHERE partner_id = ? ORDER BY created_at")
                .param(partnerId)
                .query(Partners::key)
                .list();
    }

    @Transactional
    public IssuedKey issue(String partnerId, Set<String> scopes, int requestsPerMinute, String actor, Instant now) {
        find(partnerId);
        if (scopes.isEmpty() || !ApiKey.PARTNER_SCOPES.containsAll(scopes)) {
            throw new ScopeNotAllowed(ApiKey.PARTNER_SCOPES);
        }
        KeySecrets.Generated generated = KeySecrets.generate();
        jdbc.sql("""
                        INSERT INTO api_key (key_id, partner_id, secret_hash, scopes, requests_per_minute,
                                             created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        generated.keyId(),
                        partnerId,
                        KeySecrets.hash(generated.apiKey()),
                        String.join(" ", new TreeSet<>(scopes)),
                        requestsPerMinute,
                        Timestamp.from(now),
                        actor)
                .update();
        ApiKey key =
                new ApiKey(generated.keyId(), partnerId, Set.copyOf(scopes), requestsPerMinute, now, null, null, null);
        return new IssuedKey(key, generated.apiKey());
    }

    /**
     * A successor with the same scopes and limit; the old key stays valid for the overlap so that
     * the partner can switch without a failed request, then lapses by itself.
     */
    @Transactional
    public IssuedKey rotate(String partnerId, String keyId, Duration overlap, String actor, Instant now) {
        if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            throw new IllegalArgumentException("The overlap lies between 0 and 30 days.");
        }
        ApiKey old = lockedKey(partnerId, keyId);
        if (!old.isValidAt(now)) {
            throw new ApiKeyNoLongerValid();
        }
        IssuedKey successor = issue(partnerId, old.scopes(), old.requestsPerMinute(), actor, now);
        Instant lapse = now.plus(overlap);
        if (old.expiresAt() != null && old.expiresAt().isBefore(lapse)) {
            lapse = old.expiresAt();
        }
        jdbc.sql("UPDATE api_key SET expires_at = ?, replaced_by = ? WHERE key_id = ?")
                .params(Timestamp.from(lapse), successor.key().keyId(), keyId)
                .update();
        return successor;
    }

    @Transactional
    public ApiKey revoke(String partnerId, String keyId, String actor, Instant now) {
        ApiKey key = lockedKey(partnerId, keyId);
        if (key.revokedAt() == null) {
            jdbc.sql("UPDATE api_key SET revoked_at = ?, revoked_by = ? WHERE key_id = ?")
                    .params(Timestamp.from(now), actor, keyId)
                    .update();
        }
        return jdbc.sql("SELECT * FROM api_key WHERE key_id = ?")
                .param(keyId)
                .query(Partners::key)
                .single();
    }

    /** The key an API key string stands for, if it is genuine and valid now. */
    public Optional<ApiKey> verify(String apiKey, Instant now) {
        return KeySecrets.keyIdOf(apiKey)
                .flatMap(keyId -> jdbc.sql("SELECT * FROM api_key WHERE key_id = ?")
                        .param(keyId)
                        .query((rs, n) -> new Stored(key(rs, n), rs.getString("secret_hash")))
                        .optional())
                .filter(stored -> KeySecrets.matches(apiKey, stored.secretHash()))
                .map(Stored::key)
                .filter(key -> key.isValidAt(now));
    }

    private record Stored(ApiKey key, String secretHash) {}

    private ApiKey lockedKey(String partnerId, String keyId) {
        return jdbc.sql("SELECT * FROM api_key WHERE key_id = ? AND partner_id = ? FOR UPDATE")
                .params(keyId, partnerId)
                .query(Partners::key)
                .optional()
                .orElseThrow(ApiKeyNotFound::new);
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
