-- The database ceiling's credit lines (docs/performance.md), in schema benchmark, whose tables are
-- credit-limit-service's own, made by its Flyway migrations: ${lines} lines, each with room for
-- every hold pgbench places, so that the guard is evaluated every time but never refuses.
INSERT INTO benchmark.credit_account (customer_id, status, permanent_limit, grade, opened_at)
SELECT 'bench-c' || lpad(n::text, 5, '0'), 'ACTIVE', 1000000000.00, 'A', now()
FROM generate_series(1, ${lines}) AS n;

ANALYZE benchmark.credit_account;
