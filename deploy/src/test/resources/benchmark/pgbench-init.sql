-- The database ceiling's own tables (docs/performance.md): the shape of credit-limit-service's
-- credit_account and hold (the same columns, keys, checks and indexes), in a schema of their own so
-- that the platform's data is untouched. ${lines} lines, each with room for every hold pgbench
-- places, so that the guard is evaluated every time but never refuses.
DROP SCHEMA IF EXISTS benchmark CASCADE;
CREATE SCHEMA benchmark;

CREATE TABLE benchmark.credit_account (
    customer_id       text          PRIMARY KEY,
    status            text          NOT NULL CHECK (status IN ('ACTIVE', 'FROZEN', 'DELINQUENT', 'CLOSED')),
    permanent_limit   numeric(19,2) NOT NULL CHECK (permanent_limit >= 0),
    outstanding       numeric(19,2) NOT NULL DEFAULT 0 CHECK (outstanding >= 0),
    held              numeric(19,2) NOT NULL DEFAULT 0 CHECK (held >= 0),
    grade             text          NOT NULL,
    opened_at         timestamptz   NOT NULL,
    version           bigint        NOT NULL DEFAULT 0,
    pricing_tier      text          NOT NULL DEFAULT 'TIER_C'
);

CREATE TABLE benchmark.hold (
    order_id      text          PRIMARY KEY,
    customer_id   text          NOT NULL REFERENCES benchmark.credit_account (customer_id),
    amount        numeric(19,2) NOT NULL CHECK (amount > 0),
    captured      numeric(19,2) NOT NULL DEFAULT 0 CHECK (captured >= 0),
    released      numeric(19,2) NOT NULL DEFAULT 0 CHECK (released >= 0),
    status        text          NOT NULL CHECK (status IN ('OPEN', 'CLOSED', 'LAPSED')),
    placed_on     date          NOT NULL,
    expires_on    date          NOT NULL,
    placed_at     timestamptz   NOT NULL,
    version       bigint        NOT NULL DEFAULT 0,
    CHECK (captured + released <= amount)
);

CREATE INDEX hold_open_expiry ON benchmark.hold (expires_on) WHERE status = 'OPEN';
CREATE INDEX hold_customer ON benchmark.hold (customer_id);

INSERT INTO benchmark.credit_account (customer_id, status, permanent_limit, grade, opened_at)
SELECT 'bench-c' || lpad(n::text, 5, '0'), 'ACTIVE', 1000000000.00, 'A', now()
FROM generate_series(1, ${lines}) AS n;

ANALYZE benchmark.credit_account;
