-- A collections case per delinquent customer; at most one being worked (open or charged off).
CREATE TABLE collection_case (
    case_id              uuid          PRIMARY KEY,
    customer_id          text          NOT NULL,
    status               text          NOT NULL CHECK (status IN ('OPEN', 'CLOSED', 'CHARGED_OFF')),
    bucket               text          NOT NULL CHECK (bucket IN ('CURRENT', 'M1', 'M2', 'M3', 'M3_PLUS')),
    days_past_due        integer       NOT NULL CHECK (days_past_due >= 0),
    overdue_amount       numeric(19,2) NOT NULL CHECK (overdue_amount >= 0),
    oldest_due_date      date,
    as_of                date          NOT NULL,
    opened_on            date          NOT NULL,
    closed_on            date,
    close_reason         text,
    last_escalation_day  integer       NOT NULL DEFAULT 0,
    freeze_requested_on  date,
    charged_off_on       date,
    charged_off_amount   numeric(19,2),
    recovered_total      numeric(19,2) NOT NULL DEFAULT 0 CHECK (recovered_total >= 0),
    version              bigint        NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX collection_case_one_active ON collection_case (customer_id)
    WHERE status IN ('OPEN', 'CHARGED_OFF');
CREATE INDEX collection_case_customer ON collection_case (customer_id, opened_on DESC);

CREATE TABLE promise_to_pay (
    promise_id     uuid          PRIMARY KEY,
    case_id        uuid          NOT NULL REFERENCES collection_case (case_id),
    number         integer       NOT NULL,
    promised_date  date          NOT NULL,
    amount         numeric(19,2) NOT NULL CHECK (amount > 0),
    made_on        date          NOT NULL,
    made_at        timestamptz   NOT NULL,
    status         text          NOT NULL CHECK (status IN ('OPEN', 'KEPT', 'BROKEN', 'CANCELLED')),
    resolved_on    date,
    UNIQUE (case_id, number)
);

CREATE UNIQUE INDEX promise_to_pay_one_open ON promise_to_pay (case_id) WHERE status = 'OPEN';
CREATE INDEX promise_to_pay_open_by_date ON promise_to_pay (promised_date) WHERE status = 'OPEN';

-- Every contact of a customer, for a case (escalation) or not (reminders before the due date).
CREATE TABLE contact_attempt (
    attempt_id     uuid          PRIMARY KEY,
    case_id        uuid          REFERENCES collection_case (case_id),
    customer_id    text          NOT NULL,
    channel        text          NOT NULL CHECK (channel IN ('SMS', 'EMAIL', 'VOICE', 'AGENT_QUEUE', 'LETTER')),
    template       text          NOT NULL,
    step_day       integer       NOT NULL,
    scheduled_for  timestamptz   NOT NULL,
    status         text          NOT NULL CHECK (status IN ('SCHEDULED', 'SENT', 'DEFERRED', 'SKIPPED')),
    reason         text,
    amount         numeric(19,2),
    due_date       date,
    deferrals      integer       NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    sent_at        timestamptz,
    version        bigint        NOT NULL DEFAULT 0
);

-- The processing step reads the pending attempts by time; the daily cap counts a customer's sent ones.
CREATE INDEX contact_attempt_pending ON contact_attempt (scheduled_for)
    WHERE status IN ('SCHEDULED', 'DEFERRED');
CREATE INDEX contact_attempt_customer_sent ON contact_attempt (customer_id, sent_at) WHERE status = 'SENT';
CREATE INDEX contact_attempt_case ON contact_attempt (case_id, created_at);
CREATE INDEX contact_attempt_customer ON contact_attempt (customer_id, created_at);

CREATE TABLE customer_time_zone (
    customer_id  text         PRIMARY KEY,
    zone_id      text         NOT NULL,
    updated_at   timestamptz  NOT NULL
);

-- Payments received after a charge-off.
CREATE TABLE recovery (
    recovery_id   uuid          PRIMARY KEY,
    case_id       uuid          NOT NULL REFERENCES collection_case (case_id),
    customer_id   text          NOT NULL,
    payment_id    uuid          NOT NULL UNIQUE,
    amount        numeric(19,2) NOT NULL CHECK (amount > 0),
    received_on   date          NOT NULL,
    recorded_at   timestamptz   NOT NULL
);

CREATE INDEX recovery_case ON recovery (case_id, received_on);
