-- The transactional outbox and the consumer inbox, shipped by common-lib and created in every
-- service's own schema before the service's migrations (version 0.1 sorts before 1).

CREATE TABLE outbox_event (
    position      bigserial    PRIMARY KEY,
    event_id      uuid         NOT NULL UNIQUE,
    topic         text         NOT NULL,
    message_key   text         NOT NULL,
    event_type    text         NOT NULL,
    envelope      jsonb        NOT NULL,
    created_at    timestamptz  NOT NULL,
    sent_at       timestamptz,
    attempts      integer      NOT NULL DEFAULT 0,
    last_error    text
);

-- The relay reads unsent rows in the order they were written.
CREATE INDEX outbox_event_unsent ON outbox_event (position) WHERE sent_at IS NULL;

CREATE TABLE inbox_event (
    event_id      uuid         PRIMARY KEY,
    event_type    text         NOT NULL,
    topic         text         NOT NULL,
    processed_at  timestamptz  NOT NULL
);
