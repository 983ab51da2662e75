-- Charge-off (docs/accounting.md): end of day writes a customer's plans off at the charge-off point.
ALTER TABLE plan DROP CONSTRAINT plan_status_check;
ALTER TABLE plan ADD CONSTRAINT plan_status_check
    CHECK (status IN ('ACTIVE', 'PAID_OFF', 'REFUNDED', 'CHARGED_OFF'));

ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_kind_check;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_kind_check CHECK (kind IN (
    'PLAN_CREATED', 'PAYMENT_LATE_FEE', 'PAYMENT_FEE', 'PAYMENT_PRINCIPAL', 'FEE_WAIVED',
    'REFUND_PRINCIPAL', 'REFUND_FEE_REDUCTION', 'REFUND_LATE_FEE', 'REFUND_FEE',
    'CREDIT_BALANCE', 'LATE_FEE_CHARGED',
    'CHARGE_OFF_PRINCIPAL', 'CHARGE_OFF_LATE_FEE', 'RECOVERY', 'REFUND_RECOVERY'));
