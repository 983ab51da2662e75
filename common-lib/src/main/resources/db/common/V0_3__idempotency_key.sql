-- Idempotency keys of POST requests (Stripe's semantics): the first request's response is kept
-- and replayed for a retry with the same key and body, scoped to the caller.
CREATE TABLE idempotency_key (
    caller           text         NOT NULL,
    idempotency_key  text         NOT NULL,
    request_hash     text         NOT NULL,
    state            text         NOT NULL CHECK (state IN ('IN_FLIGHT', 'DONE')),
    response_status  integer,
    content_type     text,
    response_body    bytea,
    created_at       timestamptz  NOT NULL,
    expires_at       timestamptz  NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
