-- What a line is for: a customer's CONSUMER line (every line before this migration) or a merchant's
-- MERCHANT line, drawn as cash to its settlement account under its own written limits.
ALTER TABLE credit_account
    ADD COLUMN kind text NOT NULL DEFAULT 'CONSUMER' CHECK (kind IN ('CONSUMER', 'MERCHANT')),
    -- The business date of the merchant-line decision applied last; an older decision is ignored.
    ADD COLUMN merchant_decided_on date;
