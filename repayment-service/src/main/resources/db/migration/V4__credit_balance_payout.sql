-- Payouts of plans' credit balances to their customers (docs/accounting.md).
CREATE TABLE credit_balance_payout (
    payout_id           uuid          PRIMARY KEY,
    payout_reference    text          NOT NULL UNIQUE,
    plan_id             uuid          NOT NULL REFERENCES plan (plan_id),
    customer_id         text          NOT NULL,
    amount              numeric(19,2) NOT NULL CHECK (amount > 0),
    status              text          NOT NULL CHECK (status IN ('REQUESTED', 'PAID', 'FAILED')),
    requested_on        date          NOT NULL,
    requested_at        timestamptz   NOT NULL,
    decided_at          timestamptz,
    failure_reason      text,
    version             bigint        NOT NULL DEFAULT 0
);

CREATE INDEX credit_balance_payout_requested ON credit_balance_payout (requested_at) WHERE status = 'REQUESTED';

ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_kind_check;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_kind_check CHECK (kind IN (
    'PLAN_CREATED', 'PAYMENT_LATE_FEE', 'PAYMENT_FEE', 'PAYMENT_PRINCIPAL', 'FEE_WAIVED',
    'REFUND_PRINCIPAL', 'REFUND_FEE_REDUCTION', 'REFUND_LATE_FEE', 'REFUND_FEE',
    'CREDIT_BALANCE', 'LATE_FEE_CHARGED',
    'CHARGE_OFF_PRINCIPAL', 'CHARGE_OFF_LATE_FEE', 'RECOVERY', 'REFUND_RECOVERY',
    'CREDIT_BALANCE_PAID_OUT', 'CREDIT_BALANCE_RESTORED', 'CREDIT_BALANCE_APPLIED'));
