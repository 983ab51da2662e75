-- Holds: money reserved on a line by an authorised order, until captured, released or lapsed.
CREATE TABLE hold (
    order_id      text          PRIMARY KEY,
    customer_id   text          NOT NULL REFERENCES credit_account (customer_id),
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

CREATE INDEX hold_open_expiry ON hold (expires_on) WHERE status = 'OPEN';
CREATE INDEX hold_customer ON hold (customer_id);

-- Each capture of a hold, once: its id makes a retried capture harmless.
CREATE TABLE hold_capture (
    capture_id    text          PRIMARY KEY,
    order_id      text          NOT NULL REFERENCES hold (order_id),
    amount        numeric(19,2) NOT NULL CHECK (amount > 0),
    captured_at   timestamptz   NOT NULL
);

-- Temporary raises of the limit (shopping festivals), lapsing by themselves.
CREATE TABLE temporary_raise (
    raise_id      uuid          PRIMARY KEY,
    customer_id   text          NOT NULL REFERENCES credit_account (customer_id),
    amount        numeric(19,2) NOT NULL CHECK (amount > 0),
    starts_on     date          NOT NULL,
    ends_on       date          NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE INDEX temporary_raise_customer ON temporary_raise (customer_id, ends_on);

ALTER TABLE credit_account ADD COLUMN pricing_tier text NOT NULL DEFAULT 'TIER_C';
