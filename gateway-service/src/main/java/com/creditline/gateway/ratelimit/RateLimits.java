package com.creditline.gateway.ratelimit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Token buckets in one table, taken from in one atomic statement: the bucket is refilled for the
 * time since its last use (the database's clock, the same for every replica), and one token is
 * taken only if there is one. A bucket holds a minute's worth of requests, so a caller may burst
 * up to its per-minute limit and then goes at the limit's pace.
 */
@Component
public class RateLimits {

    private static final String TAKE = """
            INSERT INTO rate_limit_bucket AS b (bucket_key, tokens, refreshed_at)
            VALUES (:bucket, :capacity - 1, now())
            ON CONFLICT (bucket_key) DO UPDATE
               SET tokens = LEAST(:capacity, b.tokens + EXTRACT(EPOCH FROM now() - b.refreshed_at) * :perSecond) - 1,
                   refreshed_at = now()
             WHERE LEAST(:capacity, b.tokens + EXTRACT(EPOCH FROM now() - b.refreshed_at) * :perSecond) >= 1
            RETURNING tokens""";

    private static final String WAIT = """
            SELECT (1 - LEAST(:capacity, tokens + EXTRACT(EPOCH FROM now() - refreshed_at) * :perSecond)) / :perSecond
              FROM rate_limit_bucket WHERE bucket_key = :bucket""";

    private final JdbcClient jdbc;

    RateLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The answer for one request: allowed with what is left, or refused with how long to wait. */
    public record Decision(boolean allowed, int remaining, long retryAfterSeconds) {}

    public Decision take(String bucket, int requestsPerMinute) {
        BigDecimal capacity = BigDecimal.valueOf(requestsPerMinute);
        BigDecimal perSecond = capacity.divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP);
        Optional<BigDecimal> left = jdbc.sql(TAKE)
                .param("bucket", bucket)
                .param("capacity", capacity)
                .param("perSecond", perSecond)
                .query(BigDecimal.class)
                .optional();
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
}
