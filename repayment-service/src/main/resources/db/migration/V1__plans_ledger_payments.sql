-- Plans and their schedules, exactly as checkout created them, with what has been paid, waived,
-- refunded and charged since. Amounts are numeric(19,2): exact yuan to the fen.

CREATE TABLE plan (
    plan_id                 uuid          PRIMARY KEY,
    order_id                text          NOT NULL,
    customer_id             text          NOT NULL,
    method                  text          NOT NULL,
    installment_count       integer       NOT NULL CHECK (installment_count > 0),
    merchant_subsidised     boolean       NOT NULL,
    nominal_apr             numeric(9,6)  NOT NULL,
    capture_date            date          NOT NULL,
    principal               numeric(19,2) NOT NULL CHECK (principal > 0),
    outstanding_principal   numeric(19,2) NOT NULL CHECK (outstanding_principal >= 0),
    credit_balance          numeric(19,2) NOT NULL DEFAULT 0 CHECK (credit_balance >= 0),
    status                  text          NOT NULL CHECK (status IN ('ACTIVE', 'PAID_OFF', 'REFUNDED')),
    -- Outstanding principal summed over the days it was outstanding (yuan-days), up to but not
    -- including principal_days_through; the APR cap on late fees is measured against it.
    principal_days          numeric(24,2) NOT NULL DEFAULT 0,
    principal_days_through  date          NOT NULL,
    created_at              timestamptz   NOT NULL,
    version                 bigint        NOT NULL DEFAULT 0
);

CREATE INDEX plan_customer ON plan (customer_id);

CREATE TABLE installment (
    installment_id          uuid          PRIMARY KEY,
    plan_id                 uuid          NOT NULL REFERENCES plan (plan_id),
    installment_number      integer       NOT NULL CHECK (installment_number > 0),
    -- The period runs from period_start (the previous due date, or the capture date) to due_date.
    period_start            date          NOT NULL,
    due_date                date          NOT NULL CHECK (due_date > period_start),
    scheduled_principal     numeric(19,2) NOT NULL CHECK (scheduled_principal >= 0),
    scheduled_fee           numeric(19,2) NOT NULL CHECK (scheduled_fee >= 0),
    -- What is owed now: the schedule less refunds (principal) and less waivers and reductions (fee).
    principal               numeric(19,2) NOT NULL CHECK (principal >= 0),
    fee                     numeric(19,2) NOT NULL CHECK (fee >= 0),
    late_fee                numeric(19,2) NOT NULL DEFAULT 0 CHECK (late_fee >= 0),
    principal_paid          numeric(19,2) NOT NULL DEFAULT 0 CHECK (principal_paid >= 0 AND principal_paid <= principal),
    fee_paid                numeric(19,2) NOT NULL DEFAULT 0 CHECK (fee_paid >= 0 AND fee_paid <= fee),
    late_fee_paid           numeric(19,2) NOT NULL DEFAULT 0 CHECK (late_fee_paid >= 0 AND late_fee_paid <= late_fee),
    status                  text          NOT NULL CHECK (status IN ('DUE', 'OVERDUE', 'PAID')),
    settled_on              date,
    UNIQUE (plan_id, installment_number)
);

-- End of day looks for unpaid installments by due date (overdue, past grace, due soon).
CREATE INDEX installment_unpaid_by_due_date ON installment (due_date) WHERE status IN ('DUE', 'OVERDUE');

-- Every movement of money on a plan. Amounts are positive; the kind says what happened.
CREATE TABLE ledger_entry (
    entry_id                bigserial     PRIMARY KEY,
    plan_id                 uuid          NOT NULL REFERENCES plan (plan_id),
    installment_number      integer,
    kind                    text          NOT NULL CHECK (kind IN (
                                'PLAN_CREATED', 'PAYMENT_LATE_FEE', 'PAYMENT_FEE', 'PAYMENT_PRINCIPAL', 'FEE_WAIVED',
                                'REFUND_PRINCIPAL', 'REFUND_FEE_REDUCTION', 'REFUND_LATE_FEE', 'REFUND_FEE',
                                'CREDIT_BALANCE', 'LATE_FEE_CHARGED')),
    amount                  numeric(19,2) NOT NULL CHECK (amount > 0),
    business_date           date          NOT NULL,
    reference               text          NOT NULL,
    recorded_at             timestamptz   NOT NULL
);

CREATE INDEX ledger_entry_plan ON ledger_entry (plan_id, entry_id);
CREATE INDEX ledger_entry_reference ON ledger_entry (reference);

-- One late fee per installment and business date, however often end of day runs.
CREATE UNIQUE INDEX ledger_entry_one_late_fee_a_day ON ledger_entry (plan_id, installment_number, business_date)
    WHERE kind = 'LATE_FEE_CHARGED';

-- Payments received, by the caller's idempotency key.
CREATE TABLE payment (
    payment_id              uuid          PRIMARY KEY,
    payment_reference       text          NOT NULL UNIQUE,
    plan_id                 uuid          NOT NULL REFERENCES plan (plan_id),
    customer_id             text          NOT NULL,
    amount                  numeric(19,2) NOT NULL CHECK (amount > 0),
    business_date           date          NOT NULL,
    received_at             timestamptz   NOT NULL,
    version                 bigint        NOT NULL DEFAULT 0
);

-- A customer's standing across plans: days past due, what is overdue, the on-time streak. Its row
-- is also the lock that serialises a customer's payments and refunds with end of day.
CREATE TABLE customer_standing (
    customer_id             text          PRIMARY KEY,
    days_past_due           integer       NOT NULL DEFAULT 0 CHECK (days_past_due >= 0),
    overdue_amount          numeric(19,2) NOT NULL DEFAULT 0 CHECK (overdue_amount >= 0),
    oldest_due_date         date,
    on_time_streak          integer       NOT NULL DEFAULT 0 CHECK (on_time_streak >= 0),
    version                 bigint        NOT NULL DEFAULT 0
);

CREATE INDEX customer_standing_in_arrears ON customer_standing (customer_id) WHERE days_past_due > 0;

-- One row per business date end of day has processed: the guard that makes a second run a no-op.
CREATE TABLE end_of_day_run (
    business_date           date          PRIMARY KEY,
    started_at              timestamptz   NOT NULL,
    finished_at             timestamptz,
    installments_overdue    integer       NOT NULL DEFAULT 0,
    late_fees_charged       integer       NOT NULL DEFAULT 0,
    late_fee_total          numeric(19,2) NOT NULL DEFAULT 0,
    delinquency_changes     integer       NOT NULL DEFAULT 0,
    reminders               integer       NOT NULL DEFAULT 0
);
