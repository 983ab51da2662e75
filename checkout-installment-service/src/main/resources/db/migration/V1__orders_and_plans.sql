-- What checkout knows of a customer: the risk grade that prices their plans (from risk events),
-- and what it has seen of their orders and devices (for the fraud check).
CREATE TABLE customer_profile (
    customer_id     text          PRIMARY KEY,
    grade           text          NOT NULL,
    updated_at      timestamptz   NOT NULL
);

CREATE TABLE customer_device (
    customer_id     text          NOT NULL,
    device_id       text          NOT NULL,
    latitude        numeric(9,6),
    longitude       numeric(9,6),
    first_seen_at   timestamptz   NOT NULL,
    last_seen_at    timestamptz   NOT NULL,
    PRIMARY KEY (customer_id, device_id)
);

CREATE TABLE blocked_device (
    device_id       text          PRIMARY KEY,
    reason          text          NOT NULL,
    blocked_at      timestamptz   NOT NULL
);

-- An order financed on the credit line: authorised (held), captured in parts, voided, refunded.
CREATE TABLE financed_order (
    order_id        text          PRIMARY KEY,
    customer_id     text          NOT NULL,
    amount          numeric(19,2) NOT NULL CHECK (amount > 0),
    captured        numeric(19,2) NOT NULL DEFAULT 0,
    released        numeric(19,2) NOT NULL DEFAULT 0,
    refunded        numeric(19,2) NOT NULL DEFAULT 0,
    status          text          NOT NULL,
    decision        text          NOT NULL,
    reasons         text          NOT NULL DEFAULT '',
    device_id       text,
    authorised_at   timestamptz   NOT NULL,
    version         bigint        NOT NULL DEFAULT 0,
    CHECK (captured + released <= amount),
    CHECK (refunded <= captured)
);

CREATE INDEX financed_order_customer ON financed_order (customer_id, authorised_at DESC);

-- A capture, once per capture id, and the plan it started.
CREATE TABLE plan (
    plan_id             uuid          PRIMARY KEY,
    capture_id          text          NOT NULL UNIQUE,
    order_id            text          NOT NULL REFERENCES financed_order (order_id),
    customer_id         text          NOT NULL,
    principal           numeric(19,2) NOT NULL CHECK (principal > 0),
    refunded            numeric(19,2) NOT NULL DEFAULT 0,
    method              text          NOT NULL,
    installment_count   integer       NOT NULL,
    merchant_subsidised boolean       NOT NULL,
    merchant_fee        numeric(19,2) NOT NULL,
    total_fee           numeric(19,2) NOT NULL,
    nominal_apr         numeric(7,4)  NOT NULL,
    effective_apr       numeric(7,4)  NOT NULL,
    capture_date        date          NOT NULL,
    created_at          timestamptz   NOT NULL,
    CHECK (refunded <= principal)
);

CREATE INDEX plan_order ON plan (order_id, created_at);

CREATE TABLE order_refund (
    refund_id       text          PRIMARY KEY,
    order_id        text          NOT NULL REFERENCES financed_order (order_id),
    amount          numeric(19,2) NOT NULL CHECK (amount > 0),
    refunded_at     timestamptz   NOT NULL
);
