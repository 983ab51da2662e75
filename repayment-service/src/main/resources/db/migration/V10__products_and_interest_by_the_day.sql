-- Issue 14: a plan's product (docs/products.md). Plans opened before products are shopping plans.
ALTER TABLE plan ADD COLUMN product text NOT NULL DEFAULT 'SHOPPING'
    CHECK (product IN ('SHOPPING', 'CASH', 'MERCHANT'));

-- Interest by the day (cash draws and merchant loans): the part of an installment's fee earned up to
-- a date, kept when a prepayment mid-period shrinks the rest of the period's interest. Absent
-- (nothing earned, the date is the period start) until a payment of such a plan accrues it.
ALTER TABLE installment ADD COLUMN interest_accrued numeric(19,2) NOT NULL DEFAULT 0
    CHECK (interest_accrued >= 0 AND interest_accrued <= fee);
ALTER TABLE installment ADD COLUMN interest_accrued_through date;

-- A cash draw or merchant loan opens against the holders' bank accounts.
ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_kind_check;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_kind_check CHECK (kind IN (
    'PLAN_CREATED', 'PLAN_DISBURSED', 'PAYMENT_LATE_FEE', 'PAYMENT_FEE', 'PAYMENT_PRINCIPAL', 'FEE_WAIVED',
    'REFUND_PRINCIPAL', 'REFUND_FEE_REDUCTION', 'REFUND_LATE_FEE', 'REFUND_FEE',
    'CREDIT_BALANCE', 'LATE_FEE_CHARGED',
    'CHARGE_OFF_PRINCIPAL', 'CHARGE_OFF_LATE_FEE', 'RECOVERY', 'REFUND_RECOVERY',
    'CREDIT_BALANCE_PAID_OUT', 'CREDIT_BALANCE_RESTORED', 'CREDIT_BALANCE_APPLIED'));

-- Account 1000 is the holder's settlement bank account (settlements in, disbursements out), no longer
-- only a funder's settlements: its name changes, its code and every amount stay. The one change of
-- the append-only journal ever made in place, a relabelling, so the trigger steps aside for it.
ALTER TABLE journal_line DISABLE TRIGGER journal_line_append_only;
UPDATE journal_line SET account = 'SETTLEMENT_BANK' WHERE account = 'SETTLED_TO_FUNDER';
ALTER TABLE journal_line ENABLE TRIGGER journal_line_append_only;
