package com.creditline.gateway.ratelimit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Token buckets in one table, taken from in one atomic statement: the bucket is refilled for the
 * time since its last use (the database's clock, the same for every replica), and tokens are taken
 * only if there are enough. A bucket holds a minute's worth of requests, so a caller may burst up
 * to its per-minute limit and then goes at the limit's pace.
 *
 * <p>A caller allowed more than two requests a second is served from a lease: the replica takes a
 * second's worth of tokens (at most {@value #MAX_LEASE}) from the shared bucket at once and hands
 * them out for at most a second, so that a busy caller costs the database one statement per lease
 * instead of one per request. Every replica still takes from the same bucket, so together they
 * never let more through than the limit; what a replica leased and did not use within the second
 * is lost, at most a second's worth. Slower limits (partner keys of a few requests a minute, staff,
 * anonymous addresses) take one token per request, as before.
 */
@Component
public class TokenBuckets {

    /** The most tokens one lease takes from a bucket. */
    static final int MAX_LEASE = 1000;

    private static final long LEASE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private static final String TAKE = """
            INSERT INTO rate_limit_bucket AS b (bucket_key, tokens, refreshed_at)
            VALUES (:bucket, :capacity - :count, now())
            ON CONFLICT (bucket_key) DO UPDATE
               SET tokens = LEAST(:capacity, b.tokens + EXTRACT(EPOCH FROM now() - b.refreshed_at) * :perSecond) - :count,
                   refreshed_at = now()
             WHERE LEAST(:capacity, b.tokens + EXTRACT(EPOCH FROM now() - b.refreshed_at) * :perSecond) >= :count
            RETURNING tokens""";

    private static final String WAIT = """
            SELECT (1 - LEAST(:capacity, tokens + EXTRACT(EPOCH FROM now() - refreshed_at) * :perSecond)) / :perSecond
              FROM rate_limit_bucket WHERE bucket_key = :bucket""";

    private final JdbcClient jdbc;
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();

    public TokenBuckets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The answer for one request: allowed with what is left, or refused with how long to wait. */
    public record Decision(boolean allowed, int remaining, long retryAfterSeconds) {}

    /**
     * Tokens this replica took from a bucket and may still hand out. Timed by the monotonic clock:
     * a lease is infrastructure, not a business rule, and must not move with the wall clock.
     */
    private record Lease(AtomicInteger tokens, int leftInBucket, long expiresAtNanos) {

        Decision take() {
            if (System.nanoTime() - expiresAtNanos >= 0) {
                return null;
            }
            int left = tokens.decrementAndGet();
            return left < 0 ? null : new Decision(true, leftInBucket + left, 0);
        }
    }

    /** A token from this replica's lease on the bucket, without the database; null when there is none. */
    public Decision fromLease(String bucket) {
        Lease lease = leases.get(bucket);
        return lease == null ? null : lease.take();
    }

    /** One request against the bucket: from a lease if this replica holds one, else from the database. */
    public Decision take(String bucket, int requestsPerMinute) {
        Decision leased = fromLease(bucket);
        if (leased != null) {
            return leased;
        }
        BigDecimal capacity = BigDecimal.valueOf(requestsPerMinute);
        BigDecimal perSecond = capacity.divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP);
        int lease = Math.min(MAX_LEASE, requestsPerMinute / 60);
        if (lease > 1) {
            Optional<BigDecimal> left = take(bucket, capacity, perSecond, lease);
            if (left.isPresent()) {
                int leftInBucket = left.get().intValue();
                leases.put(
                        bucket, new Lease(new AtomicInteger(lease - 1), leftInBucket, System.nanoTime() + LEASE_NANOS));
                return new Decision(true, leftInBucket + lease - 1, 0);
            }
        }
        Optional<BigDecimal> left = take(bucket, capacity, perSecond, 1);
        if (left.isPresent()) {
            return new Decision(true, left.get().intValue(), 0);
        }
        BigDecimal wait = jdbc.sql(WAIT)
                .param("bucket", bucket)
                .param("capacity", capacity)
                .param("perSecond", perSecond)
                .query(BigDecimal.class)
                .single();
        return new Decision(
                false, 0, Math.max(1, wait.setScale(0, RoundingMode.CEILING).longValue()));
    }

    private Optional<BigDecimal> take(String bucket, BigDecimal capacity, BigDecimal perSecond, int count) {
        return jdbc.sql(TAKE)
                .param("bucket", bucket)
                .param("capacity", capacity)
                .param("perSecond", perSecond)
                .param("count", count)
                .query(BigDecimal.class)
                .optional();
    }
}
