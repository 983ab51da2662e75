-- Messages the inbox could not process after its retries: kept for ops, and also published to
-- the topic's .DLT topic. The partition moves on past them.
CREATE TABLE dead_letter (
    id             bigserial    PRIMARY KEY,
    topic          text         NOT NULL,
    partition_no   integer      NOT NULL,
    record_offset  bigint       NOT NULL,
    message_key    text,
    payload        text,
    error          text         NOT NULL,
    failed_at      timestamptz  NOT NULL,
    UNIQUE (topic, partition_no, record_offset)
);
